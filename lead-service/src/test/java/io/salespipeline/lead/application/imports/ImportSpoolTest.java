package io.salespipeline.lead.application.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class ImportSpoolTest {

    @Inject
    ImportSpool spool;

    @Inject
    DataSource dataSource;

    @Test
    void aFileLargerThanOnePartIsStoredInPartsAndReadBackWhole() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] file = new byte[ImportSpool.PART_BYTES * 2 + 12_345];
        new Random(7).nextBytes(file);

        assertEquals(file.length, spool.receive(id, new ByteArrayInputStream(file)));

        assertEquals(3, parts(id));
        try (InputStream read = spool.open(id)) {
            assertArrayEquals(file, read.readAllBytes());
        }
        spool.delete(id);
        assertFalse(spool.holds(id));
    }

    @Test
    void anUploadThatBreaksOffLeavesNothingStored() {
        UUID id = UUID.randomUUID();
        InputStream breaksOff = new java.io.SequenceInputStream(
                new ByteArrayInputStream(new byte[ImportSpool.PART_BYTES + 10]), new InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        throw new java.io.IOException("connection reset");
                    }
                });

        try {
            spool.receive(id, breaksOff);
        } catch (java.io.UncheckedIOException expected) {
            // the client went away mid-upload
        }
        assertFalse(spool.holds(id));
        assertEquals(0, parts(id));
    }

    @Test
    void aFileNoImportWaitsForIsSweptAndOneOfARunningImportIsKept() throws Exception {
        UUID abandoned = UUID.randomUUID();
        spool.receive(abandoned, new ByteArrayInputStream("name,email\n".getBytes()));
        UUID fresh = UUID.randomUUID();
        spool.receive(fresh, new ByteArrayInputStream("name,email\n".getBytes()));
        UUID running = UUID.randomUUID();
        spool.receive(running, new ByteArrayInputStream("name,email\n".getBytes()));
        running(running);

        // Everything stored so far is older than this cutoff; "fresh" has no import either.
        spool.deleteAbandoned(Instant.now().plusSeconds(1));
        assertFalse(spool.holds(abandoned));
        assertFalse(spool.holds(fresh));
        assertTrue(spool.holds(running));

        UUID justStored = UUID.randomUUID();
        spool.receive(justStored, new ByteArrayInputStream("name,email\n".getBytes()));
        spool.deleteAbandoned(Instant.now().minusSeconds(60));
        assertTrue(spool.holds(justStored), "an upload whose import is about to be recorded stays");
        spool.delete(justStored);
        spool.delete(running);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from lead_import where id = ?")) {
            delete.setObject(1, running);
            delete.executeUpdate();
        }
    }

    private int parts(UUID id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select count(*) from lead_import_file_part where import_id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void running(UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into lead_import (id, state, mode, source_kind, source_detail, delimiter, header, mapping,
                    size_bytes, position_bytes, rows_read, created, checkpoint_row, worker, heartbeat_at, created_by,
                    principal, owner, created_at, started_at)
                values (?, 'RUNNING', 'SKIP_BAD_ROWS', 'EMAIL_LIST', 'Spool test', ',', '{name,email}',
                    '{"name": "name", "email": "email"}', 11, 0, 0, 0, 0, 'another-replica', now(),
                    'sam.seller (seller)', 'user:sam.seller', 'sam.seller', now(), now())""")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
    }
}
