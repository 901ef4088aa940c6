package io.salespipeline.infra.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Test tool: reads what is published on one topic from the moment the tap is opened (no
 * consumer group, so it never disturbs the services' own consumers).
 */
public final class EventTap implements AutoCloseable {

    /** One received record with its CloudEvents headers. */
    public record Event(String key, String value, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new ArrayList<>();

    public EventTap(String bootstrapServers, String topic) {
        ensureTopic(bootstrapServers, topic);
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = partitions(topic);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the starting point now, not at the first poll
    }

    /**
     * The topic's partitions, once the broker's metadata knows them: right after the topic is
     * created they may not be there yet (an empty list), and a tap assigned no partition cannot poll.
     */
    private List<TopicPartition> partitions(String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topic " + topic + " has no partitions after 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits until an event matching the predicate has arrived, and returns it. */
    public Event await(Predicate<Event> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Event event : seen) {
                if (matching.test(event)) {
                    return event;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No matching event within " + timeout + "; seen: " + seen);
            }
            poll(Duration.ofMillis(200));
        }
    }

    /** Every event that arrives within the given time. */
    public List<Event> collect(Duration during) {
        long deadline = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < deadline) {
            poll(Duration.ofMillis(200));
        }
        return List.copyOf(seen);
    }

    /**
     * Every event matching the predicate: waits until one arrived, then {@code settle} longer, so
     * a test can tell that a change published its event exactly once.
     */
    public List<Event> awaitAll(Predicate<Event> matching, Duration timeout, Duration settle) {
        await(matching, timeout);
        return collect(settle).stream().filter(matching).toList();
    }

    /** The events matching the predicate that arrived within the given time (e.g. none after a refused change). */
    public List<Event> collect(Predicate<Event> matching, Duration during) {
        return collect(during).stream().filter(matching).toList();
    }

    private void poll(Duration timeout) {
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            Map<String, String> headers = new java.util.HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null
                        : new String(header.value(), StandardCharsets.UTF_8));
            }
            seen.add(new Event(record.key(), record.value(), headers));
        }
    }

    static void ensureTopic(String bootstrapServers, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + topic, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
