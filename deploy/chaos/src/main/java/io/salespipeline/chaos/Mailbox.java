package io.salespipeline.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Stands in for whatever sends the customers' e-mails: reads proposal-service's
 * CustomerActionRequested from the start of its topic (no consumer group) and keeps, per proposal
 * version, the path of the latest link its contact was given. Survives broker restarts (the Kafka
 * client reconnects by itself).
 */
final class Mailbox implements AutoCloseable {

    static final String TOPIC = "sales.proposal.customer-action-requested";

    private final Map<String, String> pageByProposal = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean open = true;

    Mailbox(String bootstrapServers) {
        reader = new Thread(() -> read(bootstrapServers), "chaos-mailbox");
        reader.setDaemon(true);
        reader.start();
    }

    /** The page path (/customer/proposal-decision/{token}) of the proposal version's latest link, or null. */
    String pageOf(String proposalId) {
        return pageByProposal.get(proposalId);
    }

    private void read(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, true);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = List.of();
            while (open && partitions.isEmpty()) {
                try {
                    partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                            .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
                } catch (RuntimeException e) {
                    sleep(); // the broker is not there yet, or the topic not yet made
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (open) {
                try {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        keep(record.value());
                    }
                } catch (RuntimeException e) {
                    sleep(); // the broker is down for a fault: the client catches up once it is back
                }
            }
        }
    }

    private void keep(String value) {
        try {
            JsonNode event = Balancer.JSON.readTree(value);
            pageByProposal.put(event.path("recordId").asText(), URI.create(event.path("url").asText()).getPath());
        } catch (IOException | IllegalArgumentException e) {
            // Not an event this mailer understands: a real one would leave it too.
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        open = false;
    }
}
