package io.salespipeline.lead.application.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadSource;
import io.salespipeline.lead.domain.PersonKey;
import io.salespipeline.lead.domain.Source;
import io.salespipeline.platform.audit.AuditEntries;
import io.salespipeline.platform.audit.AuditRow;
import io.salespipeline.platform.outbox.OutboxBatch;
import io.salespipeline.platform.stage.StageLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores a batch of new leads from separate requests: each lead with its first arrival (one
 * statement), its entry into the lead stage and the two audit entries the listener would write, all
 * skipped for a person on the do-not-contact register or one who already has a lead (in the
 * table, or earlier in the batch: the unique person-key indexes decide). The caller commits.
 */
@ApplicationScoped
public class NewLeadWriter {

    /** What became of one lead of the batch. */
    public sealed interface Outcome {
    }

    public record Stored() implements Outcome {
    }

    public record Listed() implements Outcome {
    }

    /** The existing lead, with who may see it (the caller is told its id only if they may). */
    public record Duplicate(UUID existingLeadId, String matchedOn, String owner, List<String> sharedWith) implements Outcome {
    }

    /** A new lead as its request built it, with what the listener would have audited, on the request's thread. */
    public record NewLead(Lead lead, LeadSource arrival, String emailSha256, AuditRow leadAudit, AuditRow arrivalAudit,
            OutboxBatch.Prepared created) {
    }

    /**
     * The leads (LeadRows) and each one's first arrival, skipping a person on the register or one
     * who already has a lead; answers, per lead, whether it was stored or listed.
     */
    private static final String INSERT = """
            with incoming as (
                select * from unnest(%s,
                                     ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as r(%s,
                          email_sha256, arrival_id, form_id, site, page, campaign, utm)),
            allowed as (
                select * from incoming r
                where r.email_sha256 is null
                   or not exists (select 1 from do_not_contact d where d.email_sha256 = r.email_sha256)),
            written as (
                insert into lead (%s)
                select %s from allowed r
                on conflict do nothing
                returning id),
            arrivals as (
                insert into lead_source (id, lead_id, kind, detail, form_id, site, page, campaign, utm, notes,
                                         received_by, received_at)
                select a.arrival_id, a.id, a.source_kind, a.source_detail, a.form_id, a.site, a.page, a.campaign,
                       a.utm::jsonb, a.notes, a.created_by, a.created_at
                from allowed a join written w on w.id = a.id)
            select r.id, w.id is not null as stored, a.id is null as listed
            from incoming r left join allowed a on a.id = r.id left join written w on w.id = r.id"""
            .formatted(LeadRows.PARAMETERS, LeadRows.NAMES, LeadRows.COLUMNS, LeadRows.VALUES);

    @Inject
    ObjectMapper json;

    @Inject
    StageLedger stages;

    @Inject
    OutboxBatch outbox;

    /** The outcome of each lead by id, and how many entered the lead stage. */
    public record Written(Map<UUID, Outcome> outcomes, long entered, List<OutboxBatch.Prepared> events) {
    }

    /**
     * Stores the batch: the leads and their arrivals, then, for the leads stored, their entry into
     * the lead stage (StageLedger), their audit entries (AuditEntries) and their LeadCreated
     * events (OutboxBatch), on the caller's connection.
     */
    public Written write(Connection connection, List<NewLead> batch) throws SQLException {
        List<Lead> leads = batch.stream().map(NewLead::lead).toList();
        Object[][] arrivals = new Object[7][batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            NewLead each = batch.get(i);
            Source source = each.arrival().source();
            Object[] row = {each.emailSha256(), each.arrival().id(), source.formId(), source.site(), source.page(),
                    source.campaign(), source.utm() == null ? null : LeadRows.json(source.utm(), json)};
            for (int c = 0; c < row.length; c++) {
                arrivals[c][i] = row[c];
            }
        }
        Map<UUID, Outcome> outcomes = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int p = LeadRows.bind(connection, insert, 1, leads, json);
            for (int c = 0; c < arrivals.length; c++) {
                insert.setArray(p + c, connection.createArrayOf(c == 1 ? "uuid" : "text", arrivals[c]));
            }
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    outcomes.put(id, rows.getBoolean(2) ? new Stored() : rows.getBoolean(3) ? new Listed() : null);
                }
            }
        }
        List<StageLedger.Entered> entered = new ArrayList<>();
        List<AuditRow> audits = new ArrayList<>();
        List<OutboxBatch.Prepared> created = new ArrayList<>();
        for (NewLead each : batch) {
            Lead lead = each.lead();
            if (outcomes.get(lead.id()) instanceof Stored) {
                entered.add(new StageLedger.Entered(lead.id(), null, lead.createdAt()));
                audits.add(each.leadAudit());
                audits.add(each.arrivalAudit());
                created.add(each.created());
            } else if (outcomes.get(lead.id()) == null) {
                outcomes.put(lead.id(), existing(connection, lead.personKey()));
            }
        }
        long stored = stages.enteredAll(connection, entered);
        AuditEntries.insert(connection, audits);
        outbox.store(connection, created);
        return new Written(outcomes, stored, created);
    }

    /** The lead this person already has; the batch's own insert sees leads stored earlier in it. */
    private Outcome existing(Connection connection, PersonKey key) throws SQLException {
        Optional<LeadRows.Existing> match = DuplicateLeads.strongest(key, LeadRows.samePerson(connection, key),
                LeadRows.Existing::key);
        // Nothing found: a concurrent twin's insert was rolled back after ours yielded to it; the
        // caller takes this lead the single way, which tries again.
        return match.<Outcome>map(m -> new Duplicate(m.id(), DuplicateLeads.matchedOn(key, m.key()), m.owner(),
                m.sharedWith())).orElse(null);
    }
}
