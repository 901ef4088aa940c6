package io.salespipeline.platform.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads one data key straight from {@value PersonKeyRecord#TOPIC} when an event names a key this
 * service has not stored yet: the service's own key consumer is another consumer group, which may
 * be behind (a rebalance, a slow machine, a key record it parked), and an event must not wait for
 * it. The key's partition (record key = keyId, Kafka's default partitioner) is read newest first,
 * in windows from its end, and the key's newest record wins (a destruction stays a destruction).
 * One consumer in no consumer group: it commits nothing and disturbs no one.
 */
@ApplicationScoped
public class PersonKeyLookup {

    private static final Logger LOG = Logger.getLogger(PersonKeyLookup.class);
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final int WINDOW = 1000;

    /** A key record as it lies on the topic, and the service that published it. */
    public record Found(PersonKeyRecord key, String origin) {
    }

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private KafkaConsumer<String, String> consumer;

    /** The key's newest record on the topic; empty when it is not there (yet) or the broker does not answer. */
    public synchronized Optional<Found> find(UUID keyId) {
        String key = keyId.toString();
        try {
            List<PartitionInfo> partitions = consumer().partitionsFor(PersonKeyRecord.TOPIC, PATIENCE);
            if (partitions == null || partitions.isEmpty()) {
                return Optional.empty();
            }
            TopicPartition partition = new TopicPartition(PersonKeyRecord.TOPIC,
                    Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions.size());
            consumer().assign(List.of(partition));
            long begin = consumer().beginningOffsets(List.of(partition), PATIENCE).get(partition);
            long end = consumer().endOffsets(List.of(partition), PATIENCE).get(partition);
            for (long to = end; to > begin; to -= WINDOW) {
                Optional<ConsumerRecord<String, String>> newest = newest(partition, Math.max(begin, to - WINDOW), to, key);
                if (newest.isPresent()) {
                    return Optional.of(new Found(json.readValue(newest.get().value(), PersonKeyRecord.class),
                            header(newest.get(), "ce_source")));
                }
            }
        } catch (KafkaException | IOException | IllegalStateException e) {
            LOG.warnf("Data key %s could not be read from %s: %s", keyId, PersonKeyRecord.TOPIC, e.getMessage());
        }
        return Optional.empty();
    }

    /** The newest record of this key in [from, to) of the partition. */
    private Optional<ConsumerRecord<String, String>> newest(TopicPartition partition, long from, long to, String key) {
        consumer().seek(partition, from);
        ConsumerRecord<String, String> newest = null;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (consumer().position(partition, PATIENCE) < to) {
            if (System.nanoTime() > deadline) {
                throw new KafkaException("reading " + partition + " took too long");
            }
            for (ConsumerRecord<String, String> record : consumer().poll(Duration.ofMillis(100))) {
                if (record.offset() < to && key.equals(record.key()) && record.value() != null) {
                    newest = record;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "unknown" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> consumer() {
        if (consumer == null) {
            Map<String, Object> config = new HashMap<>(kafka);
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, WINDOW);
            config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "person-key-lookup-" + application);
            consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        }
        return consumer;
    }

    synchronized void close(@Observes ShutdownEvent stop) {
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(2));
            consumer = null;
        }
    }
}
