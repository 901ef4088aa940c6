package io.salespipeline.lead.application.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.lead.application.intake.LeadIntakeEvents;
import io.salespipeline.lead.application.intake.LeadRows;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.events.LeadCreated;
import io.salespipeline.platform.outbox.OutboxBatch;
import io.salespipeline.platform.stage.StageLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a batch of new leads in one statement (arrays unnested into rows), skipping every row
 * that a unique constraint refuses: the same person (PersonKey: e-mail, phone, or name +
 * company, see DuplicateLeads) already has a lead, in the table or earlier in the same batch,
 * and every person on the do-not-contact register (listed after the rows were checked; counted
 * with the skipped rows). Answers the ids that were written, so the caller can count the duplicates.
 */
@ApplicationScoped
public class LeadRowWriter {

    /**
     * The leads (LeadRows) and each one's first arrival in lead_source (as every lead has); the
     * person's keys go into the uniquely indexed key columns.
     */
    private static final String INSERT = """
            with written as (
                insert into lead (%s)
                select %s
                from unnest(%s) as r(%s)
                -- The rows' check found the register earlier (ImportRun); one listed since is still not written.
                where r.email_key is null or not exists (select 1 from do_not_contact d
                      where d.email_sha256 = encode(sha256(convert_to(r.email_key, 'UTF8')), 'hex'))
                on conflict do nothing
                returning id, notes, source_kind, source_detail, created_by, created_at),
            arrivals as (
                insert into lead_source (id, lead_id, kind, detail, notes, received_by, received_at)
                select gen_random_uuid(), id, source_kind, source_detail, notes, created_by, created_at from written)
            select id from written"""
            .formatted(LeadRows.COLUMNS, LeadRows.VALUES, LeadRows.PARAMETERS, LeadRows.NAMES);

    @Inject
    ObjectMapper json;

    @Inject
    StageLedger stages;

    @Inject
    LeadIntakeEvents events;

    @Inject
    OutboxBatch outbox;

    /**
     * Stores the leads and, for those written, their entry into the lead stage (StageLedger) and
     * their LeadCreated events (OutboxBatch), on the caller's connection; the caller commits and counts the entries with the ledger.
     */
    public Set<UUID> insert(Connection connection, List<Lead> leads) throws SQLException {
        if (leads.isEmpty()) {
            return Set.of();
        }
        Set<UUID> written = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            LeadRows.bind(connection, insert, 1, leads, json);
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    written.add(rows.getObject(1, UUID.class));
                }
            }
        }
        List<StageLedger.Entered> entered = new ArrayList<>(written.size());
        List<OutboxBatch.Prepared> created = new ArrayList<>(written.size());
        for (Lead lead : leads) {
            if (written.contains(lead.id())) {
                entered.add(new StageLedger.Entered(lead.id(), null, lead.createdAt()));
                created.add(events.prepareCreated(lead, LeadCreated.Intake.IMPORT, lead.createdBy()));
            }
        }
        stages.enteredAll(connection, entered);
        // Committed with the import's batch; the relay's next tick sends them.
        outbox.store(connection, created);
        return written;
    }
}
