package io.salespipeline.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes audit entries a batch writer prepared ({@link AuditRow#created}) for records it stored
 * with its own SQL, bypassing the session and so the listener: one statement on the batch's
 * connection, in its transaction (the caller commits), in the order given.
 */
public final class AuditEntries {

    private static final String INSERT = """
            insert into audit_entry (record_type, record_id, root_type, root_id, deal_id, action, cause, actor,
                                     changes, at)
            select e.record_type, e.record_id, e.root_type, e.root_id, e.deal_id, e.action, e.cause, e.actor,
                   e.changes::jsonb, e.at::timestamptz
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[]) with ordinality
                 as e(record_type, record_id, root_type, root_id, deal_id, action, cause, actor, changes, at, n)
            order by e.n""";

    private AuditEntries() {
    }

    public static void insert(Connection connection, List<AuditRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int size = rows.size();
        Object[][] columns = new Object[10][size];
        for (int i = 0; i < size; i++) {
            AuditRow row = rows.get(i);
            // Times as ISO-8601 text (UTC), cast by PostgreSQL: no session time zone between.
            Object[] values = {row.recordType(), row.recordId(), row.rootType(), row.rootId(), row.dealId(),
                    row.action(), row.cause(), row.actor(), row.changes(), row.at().toInstant().toString()};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(c + 1, connection.createArrayOf(c == 4 ? "uuid" : "text", columns[c]));
            }
            insert.executeUpdate();
        }
    }
}
