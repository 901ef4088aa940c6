package io.salespipeline.lead.application.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.PersonKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The lead table's columns for the writers that store new leads with their own SQL, a batch at a
 * time (group commit, imports): the one place besides the entity that maps them. A batch travels
 * as one array per column, unnested into rows {@code r} ({@link #PARAMETERS} as {@code r(}{@link
 * #NAMES}{@code )}) and inserted with {@link #COLUMNS} from {@link #VALUES}.
 */
public final class LeadRows {

    /** One array parameter per column of {@link #NAMES}; times as ISO-8601 text (UTC), cast by PostgreSQL. */
    public static final String PARAMETERS = "?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[]";

    public static final String NAMES = "id, status, person_name, email, phone, company, job_title, country, notes, "
            + "attributes, email_key, phone_key, name_company_key, source_kind, source_detail, created_by, "
            + "created_at, updated_at, owner";

    public static final String COLUMNS = "id, version, status, person_name, email, phone, company, job_title, "
            + "country, notes, attributes, email_key, phone_key, name_company_key, source_kind, source_detail, "
            + "created_by, created_at, updated_at, owner";

    public static final String VALUES = "r.id, 0, r.status, r.person_name, r.email, r.phone, r.company, r.job_title, "
            + "r.country, r.notes, r.attributes::jsonb, r.email_key, r.phone_key, r.name_company_key, r.source_kind, "
            + "r.source_detail, r.created_by, r.created_at, r.updated_at, r.owner";

    private static final int COUNT = 19;

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
                    lead.updatedAt().toString(), lead.owner()};
            for (int c = 0; c < COUNT; c++) {
                columns[c][i] = row[c];
            }
        }
        for (int c = 0; c < COUNT; c++) {
            statement.setArray(first + c, connection.createArrayOf(c == 0 ? "uuid" : "text", columns[c]));
        }
        return first + COUNT;
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
