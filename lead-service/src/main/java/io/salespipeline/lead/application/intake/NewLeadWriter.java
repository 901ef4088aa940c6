package io.salespipeline.lead.application.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadSource;
import io.salespipeline.lead.domain.PersonKey;
import io.salespipeline.platform.audit.AuditRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
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
 * Stores a batch of new leads from separate requests in one statement: each lead with its first
 * arrival, its entry into the lead stage and the two audit entries the listener would write, all
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
    public record NewLead(Lead lead, LeadSource arrival, String emailSha256, AuditRow leadAudit, AuditRow arrivalAudit) {
    }

    private static final String INSERT = """
            with incoming as (
                select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::timestamptz[], ?::text[], ?::text[],
                                     ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as r(id, name, email, phone, company, job_title, country, notes, attributes, email_key, phone_key,
                          name_company_key, source_kind, source_detail, created_by, created_at, owner, email_sha256,
                          arrival_id, form_id, site, page, campaign, utm)),
            allowed as (
                select * from incoming r
                where r.email_sha256 is null
                   or not exists (select 1 from do_not_contact d where d.email_sha256 = r.email_sha256)),
            written as (
                insert into lead (id, version, status, person_name, email, phone, company, job_title, country, notes,
                                  attributes, email_key, phone_key, name_company_key, source_kind, source_detail,
                                  created_by, created_at, updated_at, owner)
                select id, 0, 'NEW', name, email, phone, company, job_title, country, notes, attributes::jsonb,
                       email_key, phone_key, name_company_key, source_kind, source_detail, created_by, created_at,
                       created_at, owner
                from allowed
                on conflict do nothing
                returning id),
            arrivals as (
                insert into lead_source (id, lead_id, kind, detail, form_id, site, page, campaign, utm, notes,
                                         received_by, received_at)
                select a.arrival_id, a.id, a.source_kind, a.source_detail, a.form_id, a.site, a.page, a.campaign,
                       a.utm::jsonb, a.notes, a.created_by, a.created_at
                from allowed a join written w on w.id = a.id),
            entered as (
                insert into stage_record (record_id, stage, entered_at)
                select a.id, 'LEAD', a.created_at from allowed a join written w on w.id = a.id
                on conflict (record_id) do nothing),
            audited as (
                insert into audit_entry (record_type, record_id, root_type, root_id, deal_id, action, cause, actor,
                                         changes, at)
                select e.record_type, e.record_id, e.root_type, e.root_id, null, e.action, e.cause, e.actor,
                       e.changes::jsonb, e.at
                from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::timestamptz[]) with ordinality
                     as e(lead_id, record_type, record_id, root_type, root_id, action, cause, actor, changes, at, n)
                where e.lead_id in (select id from written)
                order by e.n)
            select r.id, w.id is not null as stored, a.id is null as listed
            from incoming r left join allowed a on a.id = r.id left join written w on w.id = r.id""";

    private static final String EXISTING = """
            select id, email_key, phone_key, name_company_key, owner,
                   array(select s.subject from lead_shared_with s where s.lead_id = lead.id)
            from lead
            where email_key = ? or phone_key = ? or name_company_key = ?""";

    @Inject
    ObjectMapper json;

    // Times travel as ISO-8601 text (UTC) and are cast by PostgreSQL: no session time zone between.

    /** The outcome of each lead by id. */
    public record Written(Map<UUID, Outcome> outcomes) {

        /** Each stored lead (a new id) entered the lead stage. */
        public long entered() {
            return outcomes.values().stream().filter(Stored.class::isInstance).count();
        }
    }

    public Written write(Connection connection, List<NewLead> batch) throws SQLException {
        int size = batch.size();
        Object[][] columns = new Object[24][size];
        List<AuditRow> audits = new ArrayList<>(2 * size);
        List<UUID> auditedLeads = new ArrayList<>(2 * size);
        for (int i = 0; i < size; i++) {
            NewLead each = batch.get(i);
            Lead lead = each.lead();
            LeadSource arrival = each.arrival();
            Contact contact = lead.contact();
            Object[] row = {lead.id(), contact.name(), contact.email(), contact.phone(),
                    contact.company(), contact.jobTitle(), contact.country(), lead.notes(),
                    asJson(lead.attributes()), lead.personKey().email(), lead.personKey().phone(),
                    lead.personKey().nameAndCompany(), lead.sourceKind().name(), lead.sourceDetail(), lead.createdBy(),
                    lead.createdAt().toString(), lead.owner(), each.emailSha256(), arrival.id(),
                    arrival.source().formId(), arrival.source().site(), arrival.source().page(),
                    arrival.source().campaign(), arrival.source().utm() == null ? null : asJson(arrival.source().utm())};
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
            audits.add(each.leadAudit());
            auditedLeads.add(lead.id());
            audits.add(each.arrivalAudit());
            auditedLeads.add(lead.id());
        }
        Map<UUID, Outcome> outcomes = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int p = 1;
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(p++, array(connection, c == 0 || c == 18 ? "uuid" : "text",
                        columns[c]));
            }
            p = auditArrays(connection, insert, p, auditedLeads, audits);
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    outcomes.put(id, rows.getBoolean(2) ? new Stored() : rows.getBoolean(3) ? new Listed() : null);
                }
            }
        }
        for (NewLead each : batch) {
            if (outcomes.get(each.lead().id()) == null) {
                outcomes.put(each.lead().id(), existing(connection, each.lead().personKey()));
            }
        }
        return new Written(outcomes);
    }

    /** The lead this person already has; the batch's own insert sees leads stored earlier in it. */
    private Outcome existing(Connection connection, PersonKey key) throws SQLException {
        record Found(UUID id, PersonKey key, String owner, List<String> sharedWith) {
        }
        List<Found> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(EXISTING)) {
            select.setString(1, key.email());
            select.setString(2, key.phone());
            select.setString(3, key.nameAndCompany());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Found(rows.getObject(1, UUID.class),
                            new PersonKey(rows.getString(2), rows.getString(3), rows.getString(4)), rows.getString(5),
                            List.of((String[]) rows.getArray(6).getArray())));
                }
            }
        }
        Optional<Found> match = DuplicateLeads.strongest(key, found, Found::key);
        // Nothing found: a concurrent twin's insert was rolled back after ours yielded to it; the
        // caller takes this lead the single way, which tries again.
        return match.<Outcome>map(m -> new Duplicate(m.id(), DuplicateLeads.matchedOn(key, m.key()), m.owner(),
                m.sharedWith())).orElse(null);
    }

    private static int auditArrays(Connection connection, PreparedStatement insert, int p, List<UUID> leads,
            List<AuditRow> audits) throws SQLException {
        int size = audits.size();
        Object[][] columns = new Object[9][size];
        for (int i = 0; i < size; i++) {
            AuditRow row = audits.get(i);
            Object[] values = {row.recordType(), row.recordId(), row.rootType(), row.rootId(), row.action(), row.cause(),
                    row.actor(), row.changes(), row.at().toInstant().toString()};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        insert.setArray(p++, connection.createArrayOf("uuid", leads.toArray()));
        for (int c = 0; c < columns.length; c++) {
            insert.setArray(p++, array(connection, "text", columns[c]));
        }
        return p;
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    private String asJson(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
