package io.salespipeline.lead.application;

import io.salespipeline.lead.application.ImportJournal.Job;
import io.salespipeline.lead.application.ImportJournal.Progress;
import io.salespipeline.lead.application.ImportJournal.RowError;
import io.salespipeline.lead.domain.ColumnMapping;
import io.salespipeline.lead.domain.ImportMode;
import io.salespipeline.lead.domain.ImportState;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.platform.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs one claimed import through its file, row by row, in batches: memory holds two batches
 * (one being read, one being written on a second thread), whatever the file's size.
 * <ul>
 * <li>SKIP_BAD_ROWS: each batch (its leads, its rejected rows and the checkpoint after it) is
 * one transaction, so a restart resumes after the last committed row.</li>
 * <li>ALL_OR_NOTHING: every batch goes into one transaction, committed only if no row was
 * rejected; progress and rejected rows are written beside it on a second connection so they
 * stay visible. After a restart the import starts over (nothing of it was committed).</li>
 * </ul>
 */
@ApplicationScoped
public class ImportRun {

    private static final Logger LOG = Logger.getLogger(ImportRun.class);

    @Inject
    DataSource dataSource;

    @Inject
    ImportJournal journal;

    @Inject
    LeadRowWriter writer;

    @Inject
    ImportSpool spool;

    @ConfigProperty(name = "sales.lead-imports.batch-size", defaultValue = "1000")
    int batchSize;

    /** Rows read since the last flush. */
    private final class Batch {
        final List<Lead> leads = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        long rows;
        long lastRow;

        void take(long row, CSVRecord record, ColumnMapping mapping, Job job, Instant now) {
            rows++;
            lastRow = row;
            List<String> fields = record.toList();
            try {
                Lead lead = mapping.lead(fields, job.source(), job.sourceDetail(), job.actor(), now);
                lead.assignOwner(job.owner(), now);
                leads.add(lead);
            } catch (InvalidInputException e) {
                errors.add(new RowError(row, e.getMessage(), fields));
            }
        }

        boolean full() {
            return rows >= batchSize;
        }
    }

    /** Runs the import to its end, unless the thread is interrupted (shutdown): then it stays RUNNING to be resumed. */
    public void run(UUID id) {
        try {
            Job job;
            try (Connection connection = dataSource.getConnection()) {
                job = journal.job(connection, id);
            }
            if (job == null || job.state().isFinished()) {
                return;
            }
            Path file = spool.file(id);
            if (!spool.holds(id)) {
                failWithWhatWasDone(job, "The uploaded file is gone (the import was interrupted and cannot resume)");
                return;
            }
            boolean ended = job.mode() == ImportMode.SKIP_BAD_ROWS ? skippingBadRows(job, file) : allOrNothing(job, file);
            if (ended) {
                spool.delete(id);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.errorf(e, "Import %s stopped by an error", id);
            try {
                Job job;
                try (Connection connection = dataSource.getConnection()) {
                    job = journal.job(connection, id);
                }
                failWithWhatWasDone(job, "Stopped by an internal error");
                spool.delete(id);
            } catch (SQLException | RuntimeException again) {
                LOG.errorf(again, "Import %s could not be marked FAILED; recovery will deal with it", id);
            }
        }
    }

    private boolean skippingBadRows(Job job, Path file) throws SQLException, IOException {
        ColumnMapping mapping = ColumnMapping.of(job.header(), job.mapping());
        try (Connection connection = dataSource.getConnection(); CSVParser parser = CsvFiles.open(file, job.delimiter());
                BatchWriterThread writes = new BatchWriterThread("lead-import-writer-" + job.id())) {
            connection.setAutoCommit(false);
            Iterator<CSVRecord> records = parser.iterator();
            long row = 0;
            Batch batch = new Batch();
            String malformed = null;
            try {
                records.next(); // the header row
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    row++;
                    if (row <= job.checkpointRow()) {
                        continue; // committed before a restart
                    }
                    batch.take(row, record, mapping, job, Instant.now());
                    if (batch.full()) {
                        Batch full = batch;
                        long position = record.getCharacterPosition();
                        writes.submit(() -> {
                            flush(connection, connection, job, full, true, position);
                            connection.commit();
                        });
                        batch = new Batch();
                        if (Thread.currentThread().isInterrupted()) {
                            writes.await();
                            return false;
                        }
                    }
                }
            } catch (UncheckedIOException e) {
                malformed = "The file is not valid CSV after row " + row + " (" + e.getCause().getMessage()
                        + "); the rows before it are imported, the rest is not";
            }
            writes.await();
            flush(connection, connection, job, batch, true, -1);
            journal.finish(connection, job.id(), malformed == null ? ImportState.COMPLETED : ImportState.FAILED,
                    malformed, false);
            connection.commit();
            return true;
        }
    }

    private boolean allOrNothing(Job job, Path file) throws SQLException, IOException {
        ColumnMapping mapping = ColumnMapping.of(job.header(), job.mapping());
        try (Connection data = dataSource.getConnection(); Connection progress = dataSource.getConnection();
                CSVParser parser = CsvFiles.open(file, job.delimiter());
                BatchWriterThread writes = new BatchWriterThread("lead-import-writer-" + job.id())) {
            data.setAutoCommit(false);
            progress.setAutoCommit(true);
            Iterator<CSVRecord> records = parser.iterator();
            long row = 0;
            long rejected = 0;
            Batch batch = new Batch();
            String failure = null;
            try {
                records.next(); // the header row
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    row++;
                    batch.take(row, record, mapping, job, Instant.now());
                    if (batch.full()) {
                        rejected += batch.errors.size();
                        Batch full = batch;
                        boolean insert = rejected == 0;
                        long position = record.getCharacterPosition();
                        writes.submit(() -> flush(data, progress, job, full, insert, position));
                        batch = new Batch();
                        if (Thread.currentThread().isInterrupted()) {
                            writes.await();
                            data.rollback();
                            return false;
                        }
                    }
                }
            } catch (UncheckedIOException e) {
                failure = "The file is not valid CSV after row " + row + " (" + e.getCause().getMessage()
                        + "); nothing is imported (all-or-nothing)";
            }
            writes.await();
            rejected += batch.errors.size();
            flush(data, progress, job, batch, rejected == 0, -1);
            if (failure == null && rejected > 0) {
                failure = rejected + " rows rejected; nothing is imported (all-or-nothing): see the errors";
            }
            if (failure == null) {
                journal.finish(data, job.id(), ImportState.COMPLETED, null, false);
                data.commit();
            } else {
                data.rollback();
                journal.finish(progress, job.id(), ImportState.FAILED, failure, true);
            }
            return true;
        }
    }

    /**
     * Writes a batch: its leads on {@code data} (unless {@code insert} is false: an all-or-nothing
     * import that has already rejected a row only goes on to report the rest), its rejected rows
     * and the counts on {@code bookkeeping}.
     */
    private void flush(Connection data, Connection bookkeeping, Job job, Batch batch, boolean insert, long position)
            throws SQLException {
        long created = 0;
        long duplicates = 0;
        if (insert) {
            Set<UUID> written = writer.insert(data, batch.leads);
            created = written.size();
            duplicates = batch.leads.size() - created;
        }
        journal.recordErrors(bookkeeping, job.id(), batch.errors);
        long checkpoint = batch.rows == 0 ? -1 : batch.lastRow;
        journal.record(bookkeeping, job.id(), new Progress(batch.rows, created, duplicates, batch.errors.size(),
                checkpoint, position));
    }

    private void failWithWhatWasDone(Job job, String reason) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Progress done = journal.committed(connection, job.id());
            String what = job.mode() == ImportMode.ALL_OR_NOTHING
                    ? "nothing is imported (all-or-nothing)"
                    : "rows 1 to " + done.checkpointRow() + " are imported (" + done.created() + " created, "
                            + done.duplicates() + " duplicates, " + done.rejected() + " rejected), the rest is not";
            journal.finish(connection, job.id(), ImportState.FAILED, reason + "; " + what,
                    job.mode() == ImportMode.ALL_OR_NOTHING);
        }
    }
}
