package io.salespipeline.lead.application.imports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A file {@link ImportSpool} stored, read one part at a time, each on a connection of its own
 * taken only for that read: a long import holds no connection or transaction open for its file.
 */
final class SpooledFileStream extends InputStream {

    private final DataSource dataSource;
    private final UUID importId;
    private int nextPart;
    private byte[] part = new byte[0];
    private int position;
    private boolean ended;

    SpooledFileStream(DataSource dataSource, UUID importId) {
        this.dataSource = dataSource;
        this.importId = importId;
    }

    @Override
    public int read() throws IOException {
        if (!available(1)) {
            return -1;
        }
        return part[position++] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!available(length)) {
            return -1;
        }
        int count = Math.min(length, part.length - position);
        System.arraycopy(part, position, into, offset, count);
        position += count;
        return count;
    }

    /** False at the end of the file; else the current part has bytes left. */
    private boolean available(int wanted) throws IOException {
        while (position >= part.length) {
            if (ended) {
                return false;
            }
            part = fetch(nextPart++);
            position = 0;
            if (part == null) {
                part = new byte[0];
                ended = true;
            }
        }
        return wanted > 0;
    }

    private byte[] fetch(int number) throws IOException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select bytes from lead_import_file_part where import_id = ? and part = ?")) {
            select.setObject(1, importId);
            select.setInt(2, number);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IOException("Could not read part " + number + " of the file of import " + importId, e);
        }
    }
}
