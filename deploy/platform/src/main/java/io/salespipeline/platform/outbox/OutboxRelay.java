package io.salespipeline.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Hands stored events to Kafka: CloudEvents 1.0 in binary mode, key = dealId, through an
 * idempotent producer (acks=all). A row is marked published only after the broker acknowledged
 * it, so a crash in between sends it again (at least once); consumers drop the repeat by id.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so several replicas can relay side by side.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    @Channel("sales-outbox")
    MutinyEmitter<String> emitter;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    @Inject
    OutboxSettings settings;

    private volatile boolean failing;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();

    /** Right after a transaction that stored events commits: relay now, off the caller's thread. */
    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        pending.set(true);
        Infrastructure.getDefaultWorkerPool().execute(this::drain);
    }

    /** Safety net: whatever a wake-up missed (a crash, a broker outage) goes out on the next tick. */
    @Scheduled(identity = "outbox-relay", every = "${sales.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        pending.set(true);
        drain();
    }

    /** One drainer at a time; a wake-up that arrives meanwhile makes it go round once more. */
    private void drain() {
        while (pending.get() && draining.compareAndSet(false, true)) {
            try {
                pending.set(false);
                relayPending();
            } finally {
                draining.set(false);
            }
        }
    }

    private void relayPending() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (sent == settings.batchSize());
            if (failing) {
                LOG.info("Outbox relay reaches Kafka again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // The batch stays unpublished and is retried on the next tick; say so once per outage.
            if (!failing) {
                LOG.warnf("Outbox relay cannot publish yet, will retry: %s", e.getMessage());
                failing = true;
            }
        }
    }

    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> batch = entityManager.createNativeQuery(
                "select * from outbox_message where published_at is null order by position limit :limit "
                        + "for update skip locked", OutboxMessage.class)
                .setParameter("limit", settings.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        Uni.join().all(batch.stream().map(this::send).toList()).andFailFast()
                .await().atMost(Duration.ofSeconds(30));
        Instant now = Instant.now();
        batch.forEach(message -> message.publishedAt = now);
        return batch.size();
    }

    @Scheduled(identity = "outbox-purge", every = "1h", delayed = "1m")
    void purgePublished() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from outbox_message where published_at < :before")
                .setParameter("before", Instant.now().minus(settings.retention()))
                .executeUpdate());
    }

    private Uni<Void> send(OutboxMessage message) {
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(message.id.toString())
                .withType(message.eventType)
                .withSource(URI.create("/" + source))
                .withSubject(message.key())
                .withTimestamp(message.occurredAt.truncatedTo(ChronoUnit.MICROS).atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension("actor", message.actor)
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(message.topic)
                .withKey(message.key())
                .build();
        return emitter.sendMessage(Message.of(message.payload).addMetadata(cloudEvent).addMetadata(record));
    }
}
