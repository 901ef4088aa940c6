package io.salespipeline.platform.rehearsal;

import io.smallrye.mutiny.Uni;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A hand-off a service rehearses before it reports ready: one event, as its producer publishes it,
 * handed to the service's own consumer for a deal nobody has, whose effect runs in full (reads,
 * domain rules, inserts, the flush) and is then rolled back. The first real event of a deal then
 * finds the code loaded and initialised, the ORM's queries parsed and the connection pool filled,
 * as the hundredth does. A service produces one as a CDI bean per rehearsed consumer;
 * {@link Rehearsals} runs them at start.
 *
 * @param topic the topic the consumer reads (the envelope's topic)
 * @param eventType the CloudEvents type its producer gives the event
 * @param data the event's data for a deal id, as its producer publishes it
 * @param consumer the consumer's own method, handed the record as the connector hands it
 */
public record Rehearsal(String topic, String eventType, Function<UUID, String> data,
        Function<ConsumerRecord<String, String>, Uni<Void>> consumer) {

    /** The data for {@code dealId}. */
    public String data(UUID dealId) {
        return data.apply(dealId);
    }

    /** Hands the record to the consumer. */
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.apply(record);
    }
}
