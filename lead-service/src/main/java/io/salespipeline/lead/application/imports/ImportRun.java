package io.salespipeline.lead.application.imports;

import io.salespipeline.lead.application.erasure.DoNotContact;
import io.salespipeline.lead.application.imports.ImportJournal.Job;
import io.salespipeline.lead.application.imports.ImportJournal.Progress;
import io.salespipeline.lead.application.imports.ImportJournal.RowError;
import io.salespipeline.lead.domain.ColumnMapping;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.ImportMode;
import io.salespipeline.lead.domain.ImportState;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.stage.StageLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import io.salespipeline.platform.privacy.EmailAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
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

    @ConfigProperty(name = "sales.lead-imports.batch-size", defaultValue = "1000")
    int batchSize;

    /** Threads that normalise an import's rows; 0 = one per processor. */
    @ConfigProperty(name = "sales.lead-imports.normalisers", defaultValue = "0")
    int normaliserCount;

    /** Rows as read, not yet checked: the reading thread fills it, a normaliser turns it into a {@link Batch}. */
    private final class Chunk {
        final List<List<String>> rows = new ArrayList<>();
        long firstRow;
        /** Where its last record starts in the file (progress, as before); negative = the file's end. */
        long position = -1;

        void add(long row, List<String> fields) {
            if (rows.isEmpty()) {
                firstRow = row;
            }
            rows.add(fields);
        }

        boolean full() {
            return rows.size() >= batchSize;
        }

        /**
         * Checks each row and makes its lead, or records why it is rejected (row numbers as read);
         * a person on the do-not-contact register is rejected too, in one look-up per chunk.
         */
        Batch normalise(ColumnMapping mapping, Job job) {
            Batch batch = new Batch(position);
            for (int i = 0; i < rows.size(); i++) {
                batch.take(firstRow + i, rows.get(i), mapping, job, Instant.now());
            }
            batch.refuseListed(doNotContact.listedAmong(batch.emailHashes()));
            return batch;
        }
    }

    /** A chunk's rows checked: its leads and its rejected rows, to be written together. */
    private static final class Batch {
        /** Rejected without the row's fields: nothing more is kept of a person who asked to be forgotten. */
        static final String LISTED = "email: the person asked not to be contacted";

        final List<Lead> leads = new ArrayList<>();
        final List<Long> leadRows = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        final long position;
        long rows;
        long lastRow;

        Batch(long position) {
            this.position = position;
        }

        void take(long row, List<String> fields, ColumnMapping mapping, Job job, Instant now) {
            rows++;
            lastRow = row;
            try {
                Contact contact = mapping.contact(fields);
                Lead lead = mapping.lead(fields, contact, job.source(), job.sourceDetail(), job.actor(), now);
                lead.assignOwner(job.owner(), now);
                leads.add(lead);
                leadRows.add(row);
            } catch (InvalidInputException e) {
                errors.add(new RowError(row, e.getMessage(), fields));
            }
        }

        Set<String> emailHashes() {
            Set<String> hashes = new HashSet<>();
            leads.forEach(lead -> Optional.ofNullable(EmailAddress.sha256(lead.email())).ifPresent(hashes::add));
            return hashes;
        }

        void refuseListed(Set<String> listed) {
            if (listed.isEmpty()) {
                return;
            }
            for (int i = leads.size() - 1; i >= 0; i--) {
                if (listed.contains(EmailAddress.sha256(leads.get(i).email()))) {
                    errors.add(new RowError(leadRows.get(i), LISTED, List.of()));
                    leads.remove(i);
                    leadRows.remove(i);
                }
            }
            errors.sort(Comparator.comparingLong(RowError::row));
        }
    }

    private ImportNormalisers<Batch> normalisers(Job job) {
        int threads = normaliserCount > 0 ? normaliserCount : Runtime.getRuntime().availableProcessors();
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
                BatchWriterThread writes = new BatchWriterThread("lead-import-writer-" + job.id());
                ImportNormalisers<Batch> normalisers = normalisers(job)) {
            connection.setAutoCommit(false);
            BatchWrite write = batch -> writes.submit(() -> {
                long created = flush(connection, connection, job, batch, true, batch.position);
                connection.commit();
                stages.countEntered(created);
            });
            Read read = readInChunks(parser, job.checkpointRow(), mapping, job, normalisers, write, writes);
            if (read.stopped()) {
                return false; // shutdown: what was committed stays, the next start resumes after it
            }
            String malformed = read.malformed() == null ? null
                    : read.malformed() + "; the rows before it are imported, the rest is not";
            Chunk chunk = read.rest();
            writes.await();
            long created = flush(connection, connection, job, chunk.normalise(mapping, job), true, -1);
            journal.finish(connection, job.id(), malformed == null ? ImportState.COMPLETED : ImportState.FAILED,
                    malformed, false);
            connection.commit();
            stages.countEntered(created);
            return true;
        }
    }

    private boolean allOrNothing(Job job, Path file) throws SQLException, IOException {
        ColumnMapping mapping = ColumnMapping.of(job.header(), job.mapping());
        try (Connection data = dataSource.getConnection(); Connection progress = dataSource.getConnection();
                CSVParser parser = CsvFiles.open(file, job.delimiter());
                BatchWriterThread writes = new BatchWriterThread("lead-import-writer-" + job.id());
                ImportNormalisers<Batch> normalisers = normalisers(job)) {
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
            Chunk chunk = read.rest();
            writes.await();
            Batch last = chunk.normalise(mapping, job);
            rejected[0] += last.errors.size();
            created[0] += flush(data, progress, job, last, rejected[0] == 0, -1);
            if (failure == null && rejected[0] > 0) {
                failure = rejected[0] + " rows rejected; nothing is imported (all-or-nothing): see the errors";
            }
            if (failure == null) {
                journal.finish(data, job.id(), ImportState.COMPLETED, null, false);
                data.commit();
                stages.countEntered(created[0]);
            } else {
                data.rollback();
                journal.finish(progress, job.id(), ImportState.FAILED, failure, true);
            }
            return true;
        }
    }

    /** How reading a file ended: its last, partial chunk, where it stopped being CSV, or stopped by a shutdown. */
    private record Read(Chunk rest, String malformed, boolean stopped) {
    }

    /**
     * Reads the rows after {@code skipThrough} into chunks, has them checked in parallel and hands
     * them to {@code write} in file order; the last, partial chunk is left to the caller. On an
     * interrupt (shutdown) it waits for the writes under way and answers stopped.
     */
    private Read readInChunks(CSVParser parser, long skipThrough, ColumnMapping mapping, Job job,
            ImportNormalisers<Batch> normalisers, BatchWrite write, BatchWriterThread writes) throws SQLException {
        Iterator<CSVRecord> records = parser.iterator();
        long row = 0;
        Chunk chunk = new Chunk();
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
                        Chunk full = chunk;
                        normalisers.submit(() -> full.normalise(mapping, job));
                        chunk = new Chunk();
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
        void submit(Batch batch) throws SQLException;
    }

    /**
     * Writes a batch: its leads on {@code data} (unless {@code insert} is false: an all-or-nothing
     * import that has already rejected a row only goes on to report the rest), its rejected rows
     * and the counts on {@code bookkeeping}. Answers how many leads it created.
     */
    private long flush(Connection data, Connection bookkeeping, Job job, Batch batch, boolean insert, long position)
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
