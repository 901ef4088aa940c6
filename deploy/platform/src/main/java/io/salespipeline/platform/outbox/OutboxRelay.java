package io.salespipeline.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Relays stored events to Kafka on a thread of its own, never inside a database transaction: it
 * claims a batch in one short transaction (renewing the single-relayer {@link RelayLease}), sends
 * it ({@link OutboxSender}) with no transaction and no propagated context, and marks what the
 * broker acknowledged in a second short transaction. A crash in between sends those rows again (at
 * least once); consumers drop the repeat by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** While another replica holds the lease and rows wait: look again this soon (it may be done or dead). */
    private static final Duration LEASE_BUSY_RECHECK = Duration.ofMillis(200);

    @Inject
    OutboxRows rows;

    @Inject
    OutboxSender sender;

    @Inject
    OutboxSettings settings;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private String holder;
    private Counter failures;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, task -> {
        Thread relay = new Thread(task, "outbox-relay");
        relay.setDaemon(true);
        return relay;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean retryPlanned = new AtomicBoolean();
    private volatile boolean stopping;
    private final RelayState state = new RelayState();

    @PostConstruct
    void init() {
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        holder = application + "@" + System.getenv().getOrDefault("HOSTNAME", "pid-" + ProcessHandle.current().pid())
                + "/" + UUID.randomUUID().toString().substring(0, 8);
        failures = Counter.builder("sales.outbox.relay.failures")
                .description("Relay attempts that could not publish (broker or database unreachable)")
                .register(meters);
    }

    /** Right after a transaction that stored events commits: relay now, off the caller's thread. */
    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wake();
    }

    /** Safety net: whatever a wake-up missed (another replica died holding the lease) goes out on the next tick. */
    @Scheduled(identity = "outbox-relay", every = "${sales.outbox.poll-interval:1s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        wake();
    }

    /** Stops taking batches; the batch on its way is finished and marked (bounded by the lease). */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(settings.lease().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Outbox relay did not finish its batch in time; its rows go out again later");
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the readiness check reports. */
    public RelayState state() {
        return state;
    }

    private void wake() {
        if (!stopping && queued.compareAndSet(false, true)) {
            try {
                thread.execute(this::drain);
            } catch (RejectedExecutionException stopped) {
                queued.set(false);
            }
        }
    }

    private void wakeIn(Duration delay) {
        if (!stopping && retryPlanned.compareAndSet(false, true)) {
            try {
                thread.schedule(() -> {
                    retryPlanned.set(false);
                    wake();
                }, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                retryPlanned.set(false);
            }
        }
    }

    /** Runs on the relay's thread only, so batches never overlap. */
    private void drain() {
        queued.set(false);
        try {
            if (!relayAll()) {
                wakeIn(LEASE_BUSY_RECHECK);
            }
            if (state.recovered()) {
                LOG.info("Outbox relay publishes again");
            }
        } catch (RuntimeException e) {
            failures.increment();
            if (state.failed(e)) {
                LOG.warnf("Outbox relay cannot publish, retrying every %s: %s", settings.retryInterval(), e.getMessage());
            }
            releaseQuietly();
            wakeIn(settings.retryInterval());
        }
    }

    /** Sends batches until none is left or it is stopping; false while another replica holds the lease. */
    private boolean relayAll() {
        while (!stopping) {
            List<OutboxMessage> batch = rows.claim(holder);
            if (batch == null) {
                return false;
            }
            if (batch.isEmpty()) {
                return true;
            }
            OutboxSender.Sent sent = sender.send(batch, sendTimeout());
            boolean last = sent.failure() != null || batch.size() < settings.batchSize();
            rows.published(sent.acknowledged(), holder, last);
            if (sent.failure() != null) {
                state.brokerFailed();
                throw new RelayFailure(sent.failure());
            }
            state.brokerAnswered();
            if (last) {
                return true;
            }
        }
        rows.release(holder);
        return true;
    }

    /** Shorter than the lease, so a batch is done (or given up) before another replica could take over. */
    private Duration sendTimeout() {
        return settings.lease().minusSeconds(1);
    }

    private void releaseQuietly() {
        try {
            rows.release(holder);
        } catch (RuntimeException e) {
            // The database is out of reach too; the lease expires by itself.
        }
    }

    static final class RelayFailure extends RuntimeException {
        RelayFailure(Throwable cause) {
            super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }
}
