package io.salespipeline.lead.application.imports;

import io.salespipeline.lead.application.CallerPrincipal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.lead.domain.ColumnMapping;
import io.salespipeline.lead.domain.ImportMode;
import io.salespipeline.lead.domain.LeadImport;
import io.salespipeline.lead.domain.SourceKind;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.function.IOSupplier;

/** Bulk import use cases: accept a file (it then runs in the background), its progress, its rejected rows. */
@ApplicationScoped
public class LeadImports {

    @Inject
    ImportSpool spool;

    @Inject
    ImportWorkers workers;

    @Inject
    CurrentActor actor;

    @Inject
    Visibility visibility;

    @Inject
    CallerPrincipal principal;

    @Inject
    DataSource dataSource;

    /**
     * Stores the upload in the database ({@link ImportSpool}), checks its header row against the mapping (a file that cannot
     * make leads is refused now, with 400, not later), records the import as QUEUED and hands it
     * to a background worker.
     *
     * @param columns given mapping: lead field parameter → header name; the rest is guessed
     */
    public LeadImport accept(InputStream upload, String fileName, ImportMode mode, SourceKind source,
            String sourceDetail, Map<String, String> columns) {
        LeadImport.checkSettings(mode, source, sourceDetail);
        UUID id = LeadImport.newId();
        long size = spool.receive(id, upload);
        LeadImport accepted;
        try {
            IOSupplier<InputStream> file = () -> spool.open(id);
            char delimiter = CsvFiles.detectDelimiter(file);
            ColumnMapping mapping = ColumnMapping.of(CsvFiles.header(file, delimiter), columns);
            String by = actor.name();
            String owner = visibility.isSeller() ? actor.subject() : null;
            String startedBy = principal.key();
            accepted = QuarkusTransaction.requiringNew().call(() -> {
                LeadImport leadImport = LeadImport.accept(id, mode, source, sourceDetail, fileName, delimiter,
                        mapping, size, by, startedBy, owner, Instant.now());
                leadImport.persist();
                return leadImport;
            });
        } catch (RuntimeException e) {
            spool.delete(id);
            throw e;
        }
        workers.submit(id);
        return accepted;
    }

    public LeadImport get(UUID id) {
        LeadImport leadImport = LeadImport.<LeadImport>findByIdOptional(id)
                .orElseThrow(() -> new RecordNotFoundException("lead import", id));
        // Only a sales manager sees every import; a seller or an integration sees its own (by principal,
        // never by display name), another's is 404.
        if (!visibility.seesAll() && !principal.key().equals(leadImport.principal())) {
            throw new RecordNotFoundException("lead import", id);
        }
        return leadImport;
    }

    /**
     * Writes the rejected rows as CSV, in file order: {@code row}, {@code reason}, then the
     * row's fields under the file's own header, with the file's own separator; every cell is
     * {@link CsvCells#safe safe} to open in a spreadsheet. Streamed from a
     * database cursor, so a long report does not fill memory.
     */
    public void writeErrors(LeadImport leadImport, OutputStream out) {
        List<String> header = new ArrayList<>(List.of("row", "reason"));
        header.addAll(leadImport.header());
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(leadImport.delimiter()).get();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // a cursor (fetch size) needs a transaction
            try (PreparedStatement select = connection.prepareStatement(
                    "select row_number, reason, fields from lead_import_error where import_id = ? order by row_number")) {
                select.setFetchSize(500);
                select.setObject(1, leadImport.id());
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format);
                printer.printRecord(header.stream().map(CsvCells::safe));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        List<Object> record = new ArrayList<>();
                        record.add(rows.getLong(1));
                        record.add(rows.getString(2));
                        record.addAll(List.of((Object[]) rows.getArray(3).getArray()));
                        printer.printRecord(record.stream().map(CsvCells::safe));
                    }
                }
                printer.flush();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the rejected rows of import " + leadImport.id(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
