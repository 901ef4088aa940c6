package io.salespipeline.platform.deadletter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-drives dead letters: the parked record (its value, key and original headers, so the same
 * CloudEvent id) goes back on its original topic, and {@code dead_letter_redrive} remembers it.
 * The row is inserted first and committed only once the broker has acknowledged the record: a
 * second re-drive (or a concurrent one, which waits on the row) publishes nothing, and a failed
 * publication leaves no row, so the dead letter can be re-driven again. A crash between the
 * acknowledgement and the commit may publish it twice; the consumers' inbox drops the repeat.
 */
@ApplicationScoped
public class DeadLetterRedrives {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    EntityManager entityManager;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private KafkaProducer<byte[], byte[]> producer;

    /** The re-drives of those dead letters that were re-driven, by id. */
    public Map<String, DeadLetter.Redrive> of(Collection<String> ids) {
        Map<String, DeadLetter.Redrive> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        QuarkusTransaction.joiningExisting().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                    "select dead_letter_id, redriven_at, redriven_by from dead_letter_redrive where dead_letter_id in (:ids)")
                    .setParameter("ids", ids).getResultList();
            rows.forEach(row -> found.put((String) row[0], new DeadLetter.Redrive(instant(row[1]), (String) row[2])));
        });
        return found;
    }

    /**
     * Puts the record back on {@code originalTopic} unless it was already.
     *
     * @return the re-drive: this one, or the earlier one that makes this one change nothing
     */
    public DeadLetter.Redrive redrive(ConsumerRecord<byte[], byte[]> deadLetter, String originalTopic,
            String eventId, String actor) {
        String id = new DeadLetterId(deadLetter.topic(), deadLetter.partition(), deadLetter.offset()).toString();
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as the column keeps it
            int inserted = entityManager.createNativeQuery(
                    "insert into dead_letter_redrive (dead_letter_id, original_topic, event_id, redriven_at, redriven_by) "
                            + "values (:id, :topic, :eventId, :at, :by) on conflict (dead_letter_id) do nothing")
                    .setParameter("id", id).setParameter("topic", originalTopic).setParameter("eventId", eventId)
                    .setParameter("at", now).setParameter("by", actor).executeUpdate();
            if (inserted == 0) {
                return of(List.of(id)).get(id);
            }
            publish(new ProducerRecord<>(originalTopic, null, deadLetter.key(), deadLetter.value(),
                    DeadLetterHeaders.original(deadLetter.headers())));
            return new DeadLetter.Redrive(now, actor);
        });
    }

    private void publish(ProducerRecord<byte[], byte[]> record) {
        try {
            producer().send(record).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException(e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new BrokerUnavailableException(e);
        }
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(kafka);
            config.keySet().removeIf(key -> key.startsWith("group.") || key.startsWith("auto."));
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, PATIENCE.toMillis());
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis() / 2);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-redrive-" + application);
            producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    synchronized void close(@Observes ShutdownEvent stop) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : null;
    }
}
