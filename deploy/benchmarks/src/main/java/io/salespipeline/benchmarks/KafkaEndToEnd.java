package io.salespipeline.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka's own end-to-end latency on the benchmark's broker, what its EndToEndLatency tool measures:
 * one producer and one consumer, a record sent, then the consumer polled until that record arrives,
 * then the next. The producer acknowledges like the services' outbox relay ({@code acks=all}), the
 * consumer fetches with the client's defaults, as the services' consumers do. Runs on its own thread
 * beside the pipeline's open loop, one record every {@code intervalMillis}, so that both meet the
 * same machine.
 */
final class KafkaEndToEnd implements AutoCloseable {

    private static final String TOPIC = "bench.end-to-end-latency";

    private final Latencies latencies = new Latencies();
    private final Thread thread;
    private volatile boolean running = true;

    private KafkaEndToEnd(String bootstrapServers, long intervalMillis) {
        this.thread = new Thread(() -> measure(bootstrapServers, intervalMillis), "kafka-end-to-end");
    }

    static KafkaEndToEnd start(String bootstrapServers, long intervalMillis) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
        KafkaEndToEnd endToEnd = new KafkaEndToEnd(bootstrapServers, intervalMillis);
        endToEnd.thread.start();
        return endToEnd;
    }

    private void measure(String bootstrapServers, long intervalMillis) {
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                        new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            long n = 0;
            while (running) {
                String payload = Long.toString(++n);
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, payload));
                if (received(consumer, payload)) {
                    latencies.add((System.nanoTime() - sent) / 1000);
                }
                sleep(intervalMillis);
            }
        }
    }

    private boolean received(KafkaConsumer<String, String> consumer, String payload) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (running && System.nanoTime() < deadline) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
            for (var record : records) {
                if (record.value().equals(payload)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the pair and returns what it measured. */
    Latencies stop() throws InterruptedException {
        running = false;
        thread.join(35_000);
        return latencies;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
