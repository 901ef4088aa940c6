package io.salespipeline.lead.application.imports;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes an import's batches on a second thread, one at a time and in order, while the reading
 * thread parses and checks the next batch: reading (CPU in the JVM) and writing (the database)
 * overlap. At most one batch is being written and one being read, so memory stays flat.
 */
final class BatchWriterThread implements AutoCloseable {

    /** A batch's write: statements and commit on the import's connection(s). */
    interface Write {
        void run() throws SQLException;
    }

    private final ExecutorService thread;
    private Future<?> pending;

    BatchWriterThread(String name) {
        thread = Executors.newSingleThreadExecutor(task -> {
            Thread writer = new Thread(task, name);
            writer.setDaemon(true);
            return writer;
        });
    }

    /** Waits for the previous batch to be written, then starts writing this one. */
    void submit(Write write) throws SQLException {
        await();
        pending = thread.submit(() -> {
            write.run();
            return null;
        });
    }

    /** Waits until the batch being written is written; rethrows its failure. */
    void await() throws SQLException {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            // Shutdown: let the write finish (it is one transaction), keep the interrupt for the reader.
            try {
                pending.get();
            } catch (InterruptedException | ExecutionException again) {
                throw new IllegalStateException("Batch write interrupted", again);
            } finally {
                Thread.currentThread().interrupt();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pending = null;
        }
    }

    /** Lets a batch still being written finish before the connections it uses are closed. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
