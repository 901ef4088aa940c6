package io.salespipeline.lead.application.imports;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.salespipeline.lead.domain.ImportMode;
import io.salespipeline.platform.ids.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The background threads that run imports, and their recovery: at start-up and then every
 * {@code sales.lead-imports.recovery-interval}, every unfinished import whose worker has shown
 * no sign of life for {@code sales.lead-imports.stale-after} (a restart, a crash, a dead
 * replica) is taken over and resumed from its checkpoint, or marked FAILED with what was done
 * when its file is gone. Stored files no import waits for are deleted on the same schedule. No import is left RUNNING silently.
 */
@ApplicationScoped
public class ImportWorkers {

    private static final Logger LOG = Logger.getLogger(ImportWorkers.class);

    /** This process, as the worker holding an import. */
    private final String worker = "lead-service-" + Ids.newId();

    @Inject
    DataSource dataSource;

    @Inject
    ImportJournal journal;

    @Inject
    ImportRun run;

    @Inject
    LeadImportsConfig config;

    @Inject
    ImportSpool spool;

    private ExecutorService pool;

    void start(@Observes StartupEvent event) {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "lead-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        recoverStale();
    }

    void stop(@Observes ShutdownEvent event) {
        // Running imports stop after their current batch and stay RUNNING: the next start resumes them.
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a freshly accepted import in the background. */
    public void submit(UUID id) {
        pool.execute(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!journal.claimQueued(connection, id, worker)) {
                    return;
                }
            } catch (SQLException e) {
                LOG.errorf(e, "Import %s could not be started; recovery will take it", id);
                return;
            }
            run.run(id);
        });
    }

    @Scheduled(every = "${sales.lead-imports.recovery-interval:15s}", delayed = "${sales.lead-imports.recovery-interval:15s}")
    void recoverPeriodically() {
        recoverStale();
        deleteAbandonedFiles();
    }

    /** Files whose import was never recorded, or ended without its file being deleted. */
    private void deleteAbandonedFiles() {
        try {
            spool.deleteAbandoned(Instant.now().minus(config.staleAfter()));
        } catch (SQLException e) {
            LOG.warn("Deleting abandoned import files failed; will try again", e);
        }
    }

    /** Takes over the stale unfinished imports and resumes them; answers their ids. */
    public List<UUID> recoverStale() {
        return recoverStale(Instant.now().minus(config.staleAfter()));
    }

    /** As {@link #recoverStale()}, for imports without sign of life since {@code cutoff}. */
    public List<UUID> recoverStale(Instant cutoff) {
        List<UUID> claimed;
        try (Connection connection = dataSource.getConnection()) {
            claimed = journal.claimStale(connection, cutoff, worker);
        } catch (SQLException e) {
            LOG.error("Looking for interrupted imports failed; will try again", e);
            return List.of();
        }
        for (UUID id : claimed) {
            LOG.infof("Resuming interrupted import %s", id);
            pool.execute(() -> resume(id));
        }
        return claimed;
    }

    private void resume(UUID id) {
        try (Connection connection = dataSource.getConnection()) {
            ImportJournal.Job job = journal.job(connection, id);
            if (job != null && job.mode() == ImportMode.ALL_OR_NOTHING) {
                journal.restart(connection, id); // nothing of it was committed: start over
            }
        } catch (SQLException e) {
            LOG.errorf(e, "Import %s could not be resumed; will try again", id);
            return;
        }
        run.run(id);
    }
}
