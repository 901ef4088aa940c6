package io.salespipeline.platform.rehearsal;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jboss.logging.Logger;

/**
 * Runs every {@link Rehearsal} of the service once at start, one after another on a thread of its
 * own, and keeps the service not ready until they are done: the first deal after the start must not
 * pay for the cold code ({@link RehearsalReadiness}). A rehearsal that fails or times out is logged
 * and the service becomes ready anyway (it only makes the first event slower).
 */
@ApplicationScoped
public class Rehearsals {

    private static final Logger LOG = Logger.getLogger(Rehearsals.class);

    @Inject
    Instance<Rehearsal> rehearsals;

    @Inject
    RehearsalSettings settings;

    @Inject
    Clock clock;

    /** Each rehearsal's outcome by topic, once run. */
    private final Map<String, String> outcomes = new ConcurrentSkipListMap<>();

    private volatile boolean done;

    void onStart(@Observes StartupEvent start) {
        if (!settings.enabled() || rehearsals.isUnsatisfied()) {
            done = true;
            return;
        }
        Thread thread = new Thread(this::rehearseAll, "hand-off-rehearsals");
        thread.setDaemon(true);
        thread.start();
    }

    private void rehearseAll() {
        try {
            for (Rehearsal rehearsal : rehearsals) {
                outcomes.put(rehearsal.topic(), rehearse(rehearsal, UUID.randomUUID()));
            }
        } finally {
            done = true;
        }
    }

    /** Rehearses one hand-off for {@code dealId}; says how it went ("rehearsed in N ms" or why not). */
    public String rehearse(Rehearsal rehearsal, UUID dealId) {
        long started = System.nanoTime();
        try {
            rehearsal.consume(RehearsalRecord.of(rehearsal, dealId, clock.instant()))
                    .await().atMost(settings.timeout());
            return "rehearsed in " + (System.nanoTime() - started) / 1_000_000 + " ms";
        } catch (RuntimeException e) {
            LOG.warnf("The rehearsal of %s failed (the first such event will be slower): %s", rehearsal.topic(),
                    e.getMessage());
            return "failed: " + e.getMessage();
        }
    }

    /** True once every rehearsal ran (or none is to run). */
    boolean done() {
        return done;
    }

    /** Each rehearsal's outcome so far, by topic. */
    Map<String, String> outcomes() {
        return Map.copyOf(outcomes);
    }
}
