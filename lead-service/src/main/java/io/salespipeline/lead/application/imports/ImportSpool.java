package io.salespipeline.lead.application.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Uploaded files in the database (table {@code lead_import_file_part}) until their import has
 * ended, so any replica resumes an interrupted import. The upload is copied as it arrives, one
 * part of {@link #PART_BYTES} at a time, and read back the same way: never held whole in memory.
 */
@ApplicationScoped
public class ImportSpool {

    /** Bytes per stored part: few rows per file, little memory per read. */
    static final int PART_BYTES = 1024 * 1024;

    @Inject
    DataSource dataSource;

    /** Copies the upload into the database, committed only once whole; answers its size in bytes. */
    public long receive(UUID importId, InputStream upload) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into lead_import_file_part (import_id, part, bytes) values (?, ?, ?)")) {
                byte[] buffer = new byte[PART_BYTES];
                long size = 0;
                for (int part = 0;; part++) {
                    int read = upload.readNBytes(buffer, 0, PART_BYTES);
                    if (read == 0 && part > 0) {
                        break;
                    }
                    insert.setObject(1, importId);
                    insert.setInt(2, part);
                    insert.setBytes(3, read == PART_BYTES ? buffer : java.util.Arrays.copyOf(buffer, read));
                    insert.executeUpdate();
                    size += read;
                    if (read < PART_BYTES) {
                        break;
                    }
                }
                connection.commit();
                return size;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload of import " + importId, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the upload of import " + importId, e);
        }
    }

    /** The stored file from its first byte, read part by part. */
    public InputStream open(UUID importId) {
        return new SpooledFileStream(dataSource, importId);
    }

    public boolean holds(UUID importId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select 1 from lead_import_file_part where import_id = ? and part = 0")) {
            select.setObject(1, importId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for the file of import " + importId, e);
        }
    }

    public void delete(UUID importId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(
                "delete from lead_import_file_part where import_id = ?")) {
            delete.setObject(1, importId);
            delete.executeUpdate();
        } catch (SQLException e) {
            // Only space is lost, until the sweep; the import's outcome is already recorded.
        }
    }

    /**
     * Deletes the files whose last part was stored before {@code cutoff} and whose import is not
     * waiting or running: an upload whose import was never recorded (the process stopped in
     * between), or one whose deletion at the end failed. Answers how many parts went.
     */
    public int deleteAbandoned(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement("""
                delete from lead_import_file_part where import_id in (
                    select import_id from lead_import_file_part group by import_id having max(stored_at) < ?
                    except select id from lead_import where state in ('QUEUED', 'RUNNING'))""")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }
}
