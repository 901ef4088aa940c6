package io.salespipeline.lead.application.imports;

import io.salespipeline.lead.application.intake.DuplicateLeads;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.PersonKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
     * The leads, each one's first arrival in lead_source (as every lead has) and its entry into
     * the lead stage (stage ledger, as StageLedger.entered records it for a single lead), in one
     * statement; the person's keys go into the uniquely indexed key columns.
     */
    private static final String INSERT = """
            with written as (
                insert into lead (id, version, status, person_name, email, phone, company, job_title, country, notes,
                                  attributes, email_key, phone_key, name_company_key, source_kind, source_detail,
                                  created_by, created_at, updated_at, owner)
                select r.id, 0, 'NEW', r.name, r.email, r.phone, r.company, r.job_title, r.country, r.notes,
                       r.attributes::jsonb, r.email_key, r.phone_key, r.name_company_key, ?, ?, ?, ?, ?, ?
                from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[])
                     as r(id, name, email, phone, company, job_title, country, notes, attributes, email_key, phone_key,
                          name_company_key)
                -- The rows' check found the register earlier (ImportRun); one listed since is still not written.
                where r.email_key is null or not exists (select 1 from do_not_contact d
                      where d.email_sha256 = encode(sha256(convert_to(r.email_key, 'UTF8')), 'hex'))
                on conflict do nothing
                returning id, notes, source_kind, source_detail, created_by, created_at),
            arrivals as (
                insert into lead_source (id, lead_id, kind, detail, notes, received_by, received_at)
                select gen_random_uuid(), id, source_kind, source_detail, notes, created_by, created_at from written),
            entered as (
                insert into stage_record (record_id, stage, entered_at)
                select id, 'LEAD', created_at from written on conflict (record_id) do nothing)
            select id from written""";

    @Inject
    ObjectMapper json;

    /** All leads share the batch's source, creator, owner and time (they come from one file). */
    public Set<UUID> insert(Connection connection, List<Lead> leads) throws SQLException {
        if (leads.isEmpty()) {
            return Set.of();
        }
        int size = leads.size();
        UUID[] ids = new UUID[size];
        String[][] columns = new String[11][size];
        for (int i = 0; i < size; i++) {
            Lead lead = leads.get(i);
            Contact contact = lead.contact();
            PersonKey key = lead.personKey();
            ids[i] = lead.id();
            columns[0][i] = contact.name();
            columns[1][i] = contact.email();
            columns[2][i] = contact.phone();
            columns[3][i] = contact.company();
            columns[4][i] = contact.jobTitle();
            columns[5][i] = contact.country();
            columns[6][i] = lead.notes();
            columns[7][i] = attributes(lead);
            columns[8][i] = key.email();
            columns[9][i] = key.phone();
            columns[10][i] = key.nameAndCompany();
        }
        Lead first = leads.get(0);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, first.sourceKind().name());
            insert.setString(2, first.sourceDetail());
            insert.setString(3, first.createdBy());
            insert.setTimestamp(4, Timestamp.from(first.createdAt()));
            insert.setTimestamp(5, Timestamp.from(first.updatedAt()));
            insert.setString(6, first.owner());
            insert.setArray(7, connection.createArrayOf("uuid", ids));
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(8 + c, connection.createArrayOf("text", columns[c]));
            }
            Set<UUID> written = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    written.add(rows.getObject(1, UUID.class));
                }
            }
            return written;
        }
    }

    private String attributes(Lead lead) {
        if (lead.attributes().isEmpty()) {
            return "{}"; // most files map every column: no JSON writer needed
        }
        try {
            return json.writeValueAsString(lead.attributes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
