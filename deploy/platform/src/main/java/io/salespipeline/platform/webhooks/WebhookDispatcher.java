package io.salespipeline.platform.webhooks;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers webhooks on threads of its own (never a request's or the event loop's). Each due
 * subscription is claimed with a lease in the database, so one replica delivers it at a time,
 * and its events go out one after another in outbox order: the next only once the receiver took
 * the previous one. A failure stops the subscription until its back-off ends.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    WebhookRows rows;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookSettings settings;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private String holder;
    private ExecutorService threads;
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private volatile boolean failing;

    @PostConstruct
    void init() {
        holder = application + "@" + System.getenv().getOrDefault("HOSTNAME", "pid-" + ProcessHandle.current().pid())
                + "/" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newFixedThreadPool(Math.max(1, settings.concurrency()), task -> {
            Thread thread = new Thread(task, "webhooks-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${sales.webhooks.poll-interval:1s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        if (stopping) {
            return;
        }
        List<UUID> due;
        try {
            due = rows.due(settings.concurrency() * 4);
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Webhooks cannot read their subscriptions, trying again: %s", e.getMessage());
            }
            failing = true;
            return;
        }
        for (Object id : due) {
            UUID subscription = (UUID) id;
            if (inFlight.add(subscription)) {
                try {
                    threads.execute(() -> deliver(subscription));
                } catch (RejectedExecutionException stopped) {
                    inFlight.remove(subscription);
                }
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        threads.shutdownNow();
    }

    private void deliver(UUID id) {
        try {
            WebhookRows.Claimed subscription = rows.claim(id, holder);
            if (subscription == null) {
                return;
            }
            try {
                deliverBatch(subscription);
            } finally {
                rows.release(id, holder);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook subscription %s: delivery interrupted, tried again later: %s", id, e.getMessage());
        } finally {
            inFlight.remove(id);
        }
    }

    private void deliverBatch(WebhookRows.Claimed subscription) {
        int failures = subscription.failures();
        for (WebhookRows.Event event : rows.next(subscription, holder)) {
            if (stopping) {
                return;
            }
            WebhookSender.Outcome outcome = sender.send(subscription, event);
            if (stopping) {
                return; // interrupted by the shutdown, not the receiver's fault: tried again after the restart
            }
            if (!outcome.delivered()) {
                rows.failed(subscription.id(), holder, event, outcome.status(), outcome.error(),
                        failures + 1);
                return;
            }
            if (!rows.delivered(subscription.id(), holder, event, outcome.status())) {
                return; // an admin changed it meanwhile (or the lease was lost): start again from its row
            }
            failures = 0;
        }
    }
}
