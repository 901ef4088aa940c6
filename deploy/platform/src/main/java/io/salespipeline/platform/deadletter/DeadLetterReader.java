package io.salespipeline.platform.deadletter;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads this service's dead-letter topics with the Kafka clients: one consumer assigned to one
 * partition at a time, in no consumer group (it commits nothing and disturbs no one), bytes as
 * they are, so a re-driven record is the very record that was parked. The reading stops at the
 * partition's end as it was when asked, and keeps this service's dead letters only
 * ({@link DeadLetterTopics#isOurs}); a broker that does not answer in time is
 * {@link BrokerUnavailableException}.
 */
@ApplicationScoped
public class DeadLetterReader {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    DeadLetterTopics topics;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private KafkaConsumer<byte[], byte[]> consumer;

    /** Up to {@code count} dead letters after {@code after} (null: from the first), in id order. */
    public synchronized List<ConsumerRecord<byte[], byte[]>> page(DeadLetterId after, int count) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try {
            for (String topic : topics.all()) {
                if (after != null && topic.compareTo(after.topic()) < 0) {
                    continue;
                }
                List<TopicPartition> partitions = partitions(topic);
                consumer().assign(partitions); // offsets asked for partitions not assigned are logged as a warning
                Map<TopicPartition, Long> begins = consumer().beginningOffsets(partitions, PATIENCE);
                Map<TopicPartition, Long> ends = consumer().endOffsets(partitions, PATIENCE);
                for (TopicPartition partition : partitions) {
                    long from = 0;
                    if (after != null && topic.equals(after.topic())) {
                        if (partition.partition() < after.partition()) {
                            continue;
                        }
                        from = partition.partition() == after.partition() ? after.offset() + 1 : 0;
                    }
                    read(partition, Math.max(from, begins.get(partition)), ends.get(partition), count - found.size(),
                            found, this::ours);
                    if (found.size() >= count) {
                        return found;
                    }
                }
            }
            return found;
        } catch (KafkaException e) {
            throw new BrokerUnavailableException(e);
        }
    }

    /** The dead letter at that place, if it is one of this service's and still there. */
    public synchronized Optional<ConsumerRecord<byte[], byte[]>> at(DeadLetterId id) {
        if (!topics.isOne(id.topic())) {
            return Optional.empty();
        }
        try {
            TopicPartition partition = new TopicPartition(id.topic(), id.partition());
            if (!partitions(id.topic()).contains(partition)) {
                return Optional.empty();
            }
            List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
            List<TopicPartition> one = List.of(partition);
            consumer().assign(one);
            read(partition, Math.max(id.offset(), consumer().beginningOffsets(one, PATIENCE).get(partition)),
                    consumer().endOffsets(one, PATIENCE).get(partition), 1, found, record -> true);
            // Another service's dead letter on a shared topic is not found here.
            return found.stream().filter(record -> record.offset() == id.offset()).filter(this::ours).findFirst();
        } catch (KafkaException e) {
            throw new BrokerUnavailableException(e);
        }
    }

    private List<TopicPartition> partitions(String topic) {
        // No partitions: the topic does not exist (yet), so nothing was ever parked there.
        return consumer().partitionsFor(topic, PATIENCE).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    private boolean ours(ConsumerRecord<byte[], byte[]> record) {
        return topics.isOurs(record.topic(), DeadLetterHeaders.consumerGroup(record));
    }

    /** Reads [start, end) of the partition, keeping up to {@code count} wanted records. */
    private void read(TopicPartition partition, long start, long end, int count,
            List<ConsumerRecord<byte[], byte[]>> into, Predicate<ConsumerRecord<byte[], byte[]>> wanted) {
        if (start >= end || count <= 0) {
            return;
        }
        KafkaConsumer<byte[], byte[]> reader = consumer();
        reader.assign(List.of(partition));
        reader.seek(partition, start);
        int taken = 0;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (taken < count && reader.position(partition, PATIENCE) < end) {
            if (System.nanoTime() > deadline) {
                throw new BrokerUnavailableException(new KafkaException("reading " + partition + " took too long"));
            }
            for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(100))) {
                if (record.offset() < end && taken < count && wanted.test(record)) {
                    into.add(record);
                    taken++;
                }
            }
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        if (consumer == null) {
            Map<String, Object> config = new HashMap<>(kafka);
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
            // A fetch at a partition's end would hold the next partition's fetch for up to 500 ms.
            config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader-" + application);
            consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
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
