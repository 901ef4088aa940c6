package io.salespipeline.platform.outbox;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import org.apache.kafka.common.KafkaException;

/**
 * Asks the outbox's producer, on the relay's own thread, whether it knows every topic of a batch
 * before anything of the batch is handed to the connector. The connector sends one message after
 * another on one thread, and a message whose topic the producer does not know blocks that thread
 * for the whole metadata wait ({@code max.block.ms}): messages handed over while the broker was
 * away would stay queued there and hold up the first events after its return. Known topics answer
 * at once from the producer's metadata.
 */
@ApplicationScoped
class TopicProbe {

    static final String CHANNEL = "sales-outbox";

    @Inject
    KafkaClientService clients;

    /** Null when the producer knows every topic's partitions; otherwise the failure of the first it does not. */
    Throwable unknown(Collection<String> topics) {
        KafkaProducer<Object, Object> producer = clients.getProducer(CHANNEL);
        if (producer == null) {
            return null; // not connected through Kafka: the connector reports its own failures
        }
        for (String topic : topics) {
            try {
                producer.unwrap().partitionsFor(topic);
            } catch (KafkaException e) {
                return e;
            }
        }
        return null;
    }
}
