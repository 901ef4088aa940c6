package io.salespipeline.lead.application.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.lead.domain.ImportMode;
import io.salespipeline.lead.domain.ImportState;
import io.salespipeline.lead.domain.SourceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The import's own bookkeeping in lead_import / lead_import_error, in plain JDBC on the
 * connection (and so the transaction) the caller chooses: a batch of leads, its rejected rows
 * and the checkpoint after it are committed together.
 */
@ApplicationScoped
public class ImportJournal {

    /** An import as a worker needs it. */
    public record Job(UUID id, ImportState state, ImportMode mode, SourceKind source, String sourceDetail,
            char delimiter, List<String> header, Map<String, String> mapping, long checkpointRow, String actor,
            String owner) {
    }

    /** A rejected row: its number (1 = first row after the header), why, and its fields as read. */
    public record RowError(long row, String reason, List<String> fields) {
    }

    /** What a batch changed. */
    public record Progress(long rowsRead, long created, long duplicates, long rejected, long checkpointRow,
            long positionBytes) {
    }

    @Inject
    ObjectMapper json;

    public Job job(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select state, mode, source_kind, source_detail, delimiter, header, mapping::text, checkpoint_row,
                       created_by, owner
                from lead_import where id = ?""")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Job(id, ImportState.valueOf(row.getString(1)), ImportMode.valueOf(row.getString(2)),
                        SourceKind.valueOf(row.getString(3)), row.getString(4), row.getString(5).charAt(0),
                        Arrays.asList((String[]) row.getArray(6).getArray()), mapping(row.getString(7)),
                        row.getLong(8), row.getString(9), row.getString(10));
            }
        }
    }

    /** Takes a freshly accepted import for this worker; false if another worker has it. */
    public boolean claimQueued(Connection connection, UUID id, String worker) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update lead_import set state = 'RUNNING', worker = ?, heartbeat_at = now(),
                       started_at = coalesce(started_at, now())
                where id = ? and state = 'QUEUED' and worker is null""")) {
            update.setString(1, worker);
            update.setObject(2, id);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Takes the unfinished imports whose worker has given no sign of life since {@code cutoff}
     * (it died, or the service was restarted), so that they are resumed or failed, never left.
     */
    public List<UUID> claimStale(Connection connection, Instant cutoff, String worker) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update lead_import set state = 'RUNNING', worker = ?, heartbeat_at = now(),
                       started_at = coalesce(started_at, now())
                where id in (select id from lead_import where state in ('QUEUED', 'RUNNING') and heartbeat_at < ?
                             for update skip locked)
                returning id""")) {
            update.setString(1, worker);
            update.setTimestamp(2, Timestamp.from(cutoff));
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /** Adds a batch's counts and moves the checkpoint (and the heartbeat); a negative position is the file's end. */
    public void record(Connection connection, UUID id, Progress batch) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update lead_import set rows_read = rows_read + ?, created = created + ?, duplicates = duplicates + ?,
                       rejected = rejected + ?, checkpoint_row = greatest(checkpoint_row, ?),
                       position_bytes = case when ? < 0 then size_bytes else ? end, heartbeat_at = now()
                where id = ?""")) {
            update.setLong(1, batch.rowsRead());
            update.setLong(2, batch.created());
            update.setLong(3, batch.duplicates());
            update.setLong(4, batch.rejected());
            update.setLong(5, batch.checkpointRow());
            update.setLong(6, batch.positionBytes());
            update.setLong(7, batch.positionBytes());
            update.setObject(8, id);
            update.executeUpdate();
        }
    }

    public void recordErrors(Connection connection, UUID id, List<RowError> errors) throws SQLException {
        if (errors.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into lead_import_error (import_id, row_number, reason, fields) values (?, ?, ?, ?) "
                        + "on conflict do nothing")) {
            for (RowError error : errors) {
                insert.setObject(1, id);
                insert.setLong(2, error.row());
                insert.setString(3, error.reason());
                insert.setArray(4, connection.createArrayOf("text", error.fields().toArray()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Starts an all-or-nothing import over: nothing of its earlier attempt was committed. */
    public void restart(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from lead_import_error where import_id = ?");
                PreparedStatement update = connection.prepareStatement("""
                        update lead_import set rows_read = 0, created = 0, duplicates = 0, rejected = 0,
                               checkpoint_row = 0, position_bytes = 0, heartbeat_at = now()
                        where id = ?""")) {
            delete.setObject(1, id);
            delete.executeUpdate();
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    /**
     * Ends the import. {@code nothingCreated}: an all-or-nothing import that was rolled back
     * reports 0 created and 0 duplicates, whatever its rolled-back batches had counted.
     */
    public void finish(Connection connection, UUID id, ImportState state, String failure, boolean nothingCreated)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update lead_import set state = ?, failure = ?, finished_at = now(), heartbeat_at = now(),
                       created = case when ? then 0 else created end,
                       duplicates = case when ? then 0 else duplicates end
                where id = ?""")) {
            update.setString(1, state.name());
            update.setString(2, failure);
            update.setBoolean(3, nothingCreated);
            update.setBoolean(4, nothingCreated);
            update.setObject(5, id);
            update.executeUpdate();
        }
    }

    /** Counts as committed now (for a failure message that says what was done). */
    public Progress committed(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select rows_read, created, duplicates, rejected, checkpoint_row, position_bytes
                from lead_import where id = ?""")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Progress(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                        row.getLong(6));
            }
        }
    }

    private Map<String, String> mapping(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable mapping of an import", e);
        }
    }
}
