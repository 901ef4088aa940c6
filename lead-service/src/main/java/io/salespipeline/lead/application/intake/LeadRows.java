package io.salespipeline.lead.application.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.PersonKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lead table's columns for the code that reads and writes leads with its own SQL, a batch at
 * a time (group commit, imports): the one place besides the entity that maps them. A batch travels
 * as one array per column, unnested into rows {@code r} ({@link #PARAMETERS} as {@code r(}{@link
 * #NAMES}{@code )}) and inserted with {@link #COLUMNS} from {@link #VALUES}.
 */
public final class LeadRows {

    /** One array parameter per column of {@link #NAMES}; times as ISO-8601 text (UTC), cast by PostgreSQL. */
    public static final String PARAMETERS = "?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::text[], ?::text[]";

    public static final String NAMES = "id, status, person_name, email, phone, company, job_title, country, notes, "
            + "attributes, email_key, phone_key, name_company_key, source_kind, source_detail, created_by, "
            + "created_at, updated_at, owner, routing_way, routing_ref";

    public static final String COLUMNS = "id, version, status, person_name, email, phone, company, job_title, "
            + "country, notes, attributes, email_key, phone_key, name_company_key, source_kind, source_detail, "
            + "created_by, created_at, updated_at, owner, routing_way, routing_ref";

    public static final String VALUES = "r.id, 0, r.status, r.person_name, r.email, r.phone, r.company, r.job_title, "
            + "r.country, r.notes, r.attributes::jsonb, r.email_key, r.phone_key, r.name_company_key, r.source_kind, "
            + "r.source_detail, r.created_by, r.created_at, r.updated_at, r.owner, r.routing_way, r.routing_ref";

    private static final int COUNT = 21;

    private static final String SAME_PERSON = """
            select id, email_key, phone_key, name_company_key, owner,
                   array(select s.subject from lead_shared_with s where s.lead_id = lead.id)
            from lead
            where email_key = ? or phone_key = ? or name_company_key = ?""";

    /** A stored lead as a duplicate check reads it: its person key and who may see it. */
    public record Existing(UUID id, PersonKey key, String owner, List<String> sharedWith) {
    }

    private LeadRows() {
    }

    /** Sets the batch's arrays from parameter {@code first} on; answers the next parameter's index. */
    public static int bind(Connection connection, PreparedStatement statement, int first, List<Lead> leads,
            ObjectMapper json) throws SQLException {
        int size = leads.size();
        Object[][] columns = new Object[COUNT][size];
        for (int i = 0; i < size; i++) {
            Lead lead = leads.get(i);
            Contact contact = lead.contact();
            PersonKey key = lead.personKey();
            Object[] row = {lead.id(), lead.status().name(), contact.name(), contact.email(), contact.phone(),
                    contact.company(), contact.jobTitle(), contact.country(), lead.notes(),
                    json(lead.attributes(), json), key.email(), key.phone(), key.nameAndCompany(),
                    lead.sourceKind().name(), lead.sourceDetail(), lead.createdBy(), lead.createdAt().toString(),
                    lead.updatedAt().toString(), lead.owner(),
                    lead.routing().way() == null ? null : lead.routing().way().name(), lead.routing().ref()};
            for (int c = 0; c < COUNT; c++) {
                columns[c][i] = row[c];
            }
        }
        for (int c = 0; c < COUNT; c++) {
            statement.setArray(first + c, connection.createArrayOf(c == 0 ? "uuid" : "text", columns[c]));
        }
        return first + COUNT;
    }

    /** The stored leads that share a part of this person key (at most one per part). */
    public static List<Existing> samePerson(Connection connection, PersonKey key) throws SQLException {
        List<Existing> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SAME_PERSON)) {
            select.setString(1, key.email());
            select.setString(2, key.phone());
            select.setString(3, key.nameAndCompany());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Existing(rows.getObject(1, UUID.class),
                            new PersonKey(rows.getString(2), rows.getString(3), rows.getString(4)), rows.getString(5),
                            List.of((String[]) rows.getArray(6).getArray())));
                }
            }
        }
        return found;
    }

    /** A map as JSON text; an empty one without a JSON writer (most imported files map every column). */
    public static String json(Map<String, String> values, ObjectMapper json) {
        if (values == null || values.isEmpty()) {
            return "{}";
        }
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
