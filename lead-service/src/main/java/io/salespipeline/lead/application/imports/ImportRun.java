package io.salespipeline.lead.application.imports;

import io.salespipeline.lead.application.erasure.DoNotContact;
import io.salespipeline.lead.application.imports.ImportJournal.Job;
import io.salespipeline.lead.application.imports.ImportJournal.Progress;
import io.salespipeline.lead.domain.ColumnMapping;
import io.salespipeline.lead.domain.ImportMode;
import io.salespipeline.lead.domain.ImportState;
import io.salespipeline.platform.stage.StageLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import io.salespipeline.lead.application.routing.LeadRouter;
import io.salespipeline.lead.domain.RoutingWay;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.function.IOSupplier;
import org.jboss.logging.Logger;

/**
 * Runs one claimed import through its file in batches, as a pipeline: this thread reads the CSV
 * into chunks of rows, {@link ImportNormalisers} check and normalise the chunks into leads on
 * several threads (the costly part: contact rules, e-mail, libphonenumber and name keys), and
 * the batches are written in file order on a second thread ({@link BatchWriterThread}). Memory
 * holds a bounded number of chunks (one being read, at most {@code normalisers * 2} being
 * normalised, one being written), whatever the file's size.
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

    @Inject
    DoNotContact doNotContact;

    // Imported leads enter the lead stage like any other (LeadRowWriter); the meter counts them after their commit.
    @Inject
    StageLedger stages;

    @Inject
    LeadImportsConfig config;

    @Inject
    LeadRouter router;

    private ImportNormalisers<ImportBatch> normalisers(Job job) {
        // 0: one normaliser per processor.
        int threads = config.normalisers() > 0 ? config.normalisers() : Runtime.getRuntime().availableProcessors();
        return new ImportNormalisers<>("lead-import-normaliser-" + job.id(), threads, threads * 2);
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
            IOSupplier<InputStream> file = () -> spool.open(id);
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

    private boolean skippingBadRows(Job job, IOSupplier<InputStream> file) throws SQLException, IOException {
        ColumnMapping mapping = ColumnMapping.of(job.header(), job.mapping());
        try (Connection connection = dataSource.getConnection(); CSVParser parser = CsvFiles.open(file, job.delimiter());
                BatchWriterThread writes = new BatchWriterThread("lead-import-writer-" + job.id());
                ImportNormalisers<ImportBatch> normalisers = normalisers(job)) {
            connection.setAutoCommit(false);
            BatchWrite write = batch -> writes.submit(() -> {
                long created = flush(connection, connection, job, batch, true, batch.position);
                connection.commit();
                stages.countEntered(created);
                routed(job);
            });
            Read read = readInChunks(parser, job.checkpointRow(), mapping, job, normalisers, write, writes);
            if (read.stopped()) {
                return false; // shutdown: what was committed stays, the next start resumes after it
            }
            String malformed = read.malformed() == null ? null
                    : read.malformed() + "; the rows before it are imported, the rest is not";
            ImportChunk chunk = read.rest();
            writes.await();
            long created = flush(connection, connection, job, chunk.normalise(mapping, job, doNotContact), true, -1);
            journal.finish(connection, job.id(), malformed == null ? ImportState.COMPLETED : ImportState.FAILED,
                    malformed, false);
            connection.commit();
            stages.countEntered(created);
            routed(job);
            return true;
        }
    }

    private boolean allOrNothing(Job job, IOSupplier<InputStream> file) throws SQLException, IOException {
        ColumnMapping mapping = ColumnMapping.of(job.header(), job.mapping());
        try (Connection data = dataSource.getConnection(); Connection progress = dataSource.getConnection();
                CSVParser parser = CsvFiles.open(file, job.delimiter());
                BatchWriterThread writes = new BatchWriterThread("lead-import-writer-" + job.id());
                ImportNormalisers<ImportBatch> normalisers = normalisers(job)) {
            data.setAutoCommit(false);
            progress.setAutoCommit(true);
            long[] rejected = {0};
            long[] created = {0}; // written by the one writing thread, read after it finished
            // Batches come here in file order, so "no row rejected so far" is decided as before.
            BatchWrite write = batch -> {
                rejected[0] += batch.errors.size();
                boolean insert = rejected[0] == 0;
                writes.submit(() -> created[0] += flush(data, progress, job, batch, insert, batch.position));
            };
            Read read = readInChunks(parser, 0, mapping, job, normalisers, write, writes);
            if (read.stopped()) {
                data.rollback(); // shutdown: nothing is committed, the next start begins again
                return false;
            }
            String failure = read.malformed() == null ? null
                    : read.malformed() + "; nothing is imported (all-or-nothing)";
            ImportChunk chunk = read.rest();
            writes.await();
            ImportBatch last = chunk.normalise(mapping, job, doNotContact);
            rejected[0] += last.errors.size();
            created[0] += flush(data, progress, job, last, rejected[0] == 0, -1);
            if (failure == null && rejected[0] > 0) {
                failure = rejected[0] + " rows rejected; nothing is imported (all-or-nothing): see the errors";
            }
            if (failure == null) {
                journal.finish(data, job.id(), ImportState.COMPLETED, null, false);
                data.commit();
                stages.countEntered(created[0]);
                routed(job);
            } else {
                data.rollback();
                journal.finish(progress, job.id(), ImportState.FAILED, failure, true);
            }
            return true;
        }
    }

    /**
     * The committed leads of an import nobody owns (a sales manager's or an integration's) go
     * through the routing rules; any left over (routing failed) are taken by the router's sweep.
     */
    private void routed(Job job) {
        if (job.owner() != null) {
            return;
        }
        try {
            router.routeWaitingFrom(RoutingWay.IMPORT, job.id().toString());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Leads of import %s could not be routed now; the routing sweep takes them", job.id());
        }
    }

    /** How reading a file ended: its last, partial chunk, where it stopped being CSV, or stopped by a shutdown. */
    private record Read(ImportChunk rest, String malformed, boolean stopped) {
    }

    /**
     * Reads the rows after {@code skipThrough} into chunks, has them checked in parallel and hands
     * them to {@code write} in file order; the last, partial chunk is left to the caller. On an
     * interrupt (shutdown) it waits for the writes under way and answers stopped.
     */
    private Read readInChunks(CSVParser parser, long skipThrough, ColumnMapping mapping, Job job,
            ImportNormalisers<ImportBatch> normalisers, BatchWrite write, BatchWriterThread writes) throws SQLException {
        Iterator<CSVRecord> records = parser.iterator();
        long row = 0;
        ImportChunk chunk = new ImportChunk(config.batchSize());
        String malformed = null;
        try {
            try {
                records.next(); // the header row
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    row++;
                    if (row <= skipThrough) {
                        continue; // committed before a restart
                    }
                    chunk.add(row, record.toList());
                    if (chunk.full()) {
                        chunk.position = record.getCharacterPosition();
                        ImportChunk full = chunk;
                        normalisers.submit(() -> full.normalise(mapping, job, doNotContact));
                        chunk = new ImportChunk(config.batchSize());
                        while (normalisers.full()) {
                            write.submit(normalisers.next());
                        }
                        if (Thread.currentThread().isInterrupted()) {
                            writes.await();
                            return new Read(null, null, true);
                        }
                    }
                }
            } catch (UncheckedIOException e) {
                malformed = "The file is not valid CSV after row " + row + " (" + e.getCause().getMessage() + ")";
            }
            while (normalisers.hasPending()) {
                write.submit(normalisers.next());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writes.await();
            return new Read(null, null, true);
        }
        return new Read(chunk, malformed, false);
    }

    /** Hands a normalised batch, in file order, to the writing thread. */
    private interface BatchWrite {
        void submit(ImportBatch batch) throws SQLException;
    }

    /**
     * Writes a batch: its leads on {@code data} (unless {@code insert} is false: an all-or-nothing
     * import that has already rejected a row only goes on to report the rest), its rejected rows
     * and the counts on {@code bookkeeping}. Answers how many leads it created.
     */
    private long flush(Connection data, Connection bookkeeping, Job job, ImportBatch batch, boolean insert, long position)
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
        return created;
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
