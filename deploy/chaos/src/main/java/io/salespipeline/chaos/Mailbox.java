package io.salespipeline.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Stands in for whatever sends the customers' e-mails: reads proposal-service's and
 * contract-service's CustomerActionRequested topics (links and one-time codes) from their start, with
 * no consumer group (it never disturbs the services' consumers), and keeps every e-mail by deal.
 * Survives broker restarts (the Kafka client reconnects by itself).
 */
final class Mailbox implements AutoCloseable {

    static final String PROPOSAL_TOPIC = "sales.proposal.customer-action-requested";
    static final String CONTRACT_TOPIC = "sales.contract.customer-action-requested";

    /** One e-mail: its CloudEvents type and data. */
    record Mail(String type, JsonNode data) {
    }

    private final Map<String, List<Mail>> byDeal = new ConcurrentHashMap<>();
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

    /** The newest e-mail of the deal of this type matching, waiting for it up to {@code timeout}. */
    JsonNode await(String dealId, String type, Predicate<JsonNode> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Mail> mails = byDeal.getOrDefault(dealId, List.of());
            synchronized (mails) {
                for (int i = mails.size() - 1; i >= 0; i--) {
                    Mail mail = mails.get(i);
                    if (mail.type().equals(type) && matching.test(mail.data())) {
                        return mail.data();
                    }
                }
            }
            Balancer.sleep(200);
        }
        throw new IllegalStateException("no " + type + " e-mail for deal " + dealId + " within " + timeout);
    }

    private void read(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, true);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(PROPOSAL_TOPIC, CONTRACT_TOPIC)) {
                List<TopicPartition> ofTopic = List.of();
                while (open && ofTopic.isEmpty()) {
                    try {
                        ofTopic = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                                .map(info -> new TopicPartition(topic, info.partition())).toList();
                    } catch (RuntimeException e) {
                        sleep(); // the broker is not there yet, or the topic not yet made
                    }
                }
                partitions.addAll(ofTopic);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (open) {
                try {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                        keep(record);
                    }
                } catch (RuntimeException e) {
                    sleep(); // the broker is down for a fault: the client catches up once it is back
                }
            }
        }
    }

    private void keep(ConsumerRecord<String, String> record) {
        try {
            JsonNode data = Balancer.JSON.readTree(record.value());
            Header type = record.headers().lastHeader("ce_type");
            if (record.key() != null) {
                byDeal.computeIfAbsent(record.key(), deal -> Collections.synchronizedList(new ArrayList<>()))
                        .add(new Mail(type == null ? "" : new String(type.value()), data));
            }
            if (PROPOSAL_TOPIC.equals(record.topic()) && data.hasNonNull("url")) {
                pageByProposal.put(data.path("recordId").asText(), URI.create(data.path("url").asText()).getPath());
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not an e-mail this mailer understands: a real one would leave it too.
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
    public void close() throws InterruptedException {
        open = false;
        reader.join(5000);
    }
}
