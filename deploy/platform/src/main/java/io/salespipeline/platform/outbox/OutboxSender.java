package io.salespipeline.platform.outbox;

import io.salespipeline.platform.tracing.TraceParents;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Hands claimed rows to Kafka: CloudEvents 1.0 in binary mode, key = dealId, through an
 * idempotent producer (acks=all). A key's next event is sent only once the broker acknowledged its
 * previous one: the rows go out in rounds (each key's first row, then each key's second, ...),
 * and a round with a failure ends the batch, so a failed event is never overtaken by a later one
 * of its deal. Nothing is handed over while the producer does not know a topic of the batch
 * ({@link TopicProbe}).
 */
@ApplicationScoped
class OutboxSender {

    /** What the broker acknowledged, and the failure that ended the batch early (or null). */
    record Sent(List<UUID> acknowledged, Throwable failure) {
    }

    @Inject
    @Channel(TopicProbe.CHANNEL)
    MutinyEmitter<String> emitter;

    @Inject
    TopicProbe topics;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    /** Blocks the calling thread (the relay's own, never inside a transaction) for at most {@code timeout}. */
    Sent send(List<OutboxMessage> batch, Duration timeout) {
        Throwable unknown = topics.unknown(batch.stream().map(row -> row.topic).distinct().toList());
        if (unknown != null) {
            return new Sent(List.of(), unknown); // nothing handed over: nothing queues while the broker is away
        }
        Map<String, ArrayDeque<OutboxMessage>> byKey = new LinkedHashMap<>();
        batch.forEach(row -> byKey.computeIfAbsent(row.key(), key -> new ArrayDeque<>()).add(row));
        long deadline = System.nanoTime() + timeout.toNanos();
        List<UUID> acknowledged = new ArrayList<>(batch.size());
        while (!byKey.isEmpty()) {
            List<OutboxMessage> round = byKey.values().stream().map(ArrayDeque::poll).toList();
            byKey.values().removeIf(ArrayDeque::isEmpty);
            List<CompletableFuture<Void>> sends = round.stream()
                    .map(row -> emitter.sendMessage(message(row)).subscribeAsCompletionStage())
                    .toList();
            Throwable failure = null;
            for (int i = 0; i < round.size(); i++) {
                try {
                    sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    acknowledged.add(round.get(i).id);
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : e.getCause();
                } catch (TimeoutException e) {
                    failure = failure != null ? failure : new TimeoutException("No acknowledgement within " + timeout);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Sent(acknowledged, e);
                }
            }
            if (failure != null) {
                return new Sent(acknowledged, failure);
            }
        }
        return new Sent(acknowledged, null);
    }

    private Message<String> message(OutboxMessage row) {
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(row.id.toString())
                .withType(row.eventType)
                .withSource(URI.create("/" + source))
                .withSubject(row.key())
                .withTimestamp(row.occurredAt.truncatedTo(ChronoUnit.MICROS).atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension("actor", row.actor)
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.key())
                .build();
        // The connector's producer span continues the trace that stored the row and puts its
        // traceparent header on the record.
        return Message.of(row.payload).addMetadata(cloudEvent).addMetadata(record)
                .addMetadata(TracingMetadata.withCurrent(TraceParents.context(row.traceParent)));
    }
}
