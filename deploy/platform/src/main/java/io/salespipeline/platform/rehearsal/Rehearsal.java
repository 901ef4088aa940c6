package io.salespipeline.platform.rehearsal;

import io.smallrye.mutiny.Uni;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A hand-off a service rehearses before it reports ready: one event, as its producer publishes it,
 * handed to the service's own consumer for a deal nobody has, whose effect runs in full (reads,
 * domain rules, inserts, the flush) and is then rolled back. The first real event of a deal then
 * finds the code loaded and initialised, the ORM's queries parsed and the connection pool filled,
 * as the hundredth does. A CDI bean per rehearsed consumer; {@link Rehearsals} runs them at start.
 */
public interface Rehearsal {

    /** The topic the consumer reads (the envelope's topic). */
    String topic();

    /** The CloudEvents type its producer gives the event. */
    String eventType();

    /** The event's data for {@code dealId}, as its producer publishes it. */
    String data(UUID dealId);

    /** Hands the record to the consumer as the connector does: the consumer's own method. */
    Uni<Void> consume(ConsumerRecord<String, String> record);
}
