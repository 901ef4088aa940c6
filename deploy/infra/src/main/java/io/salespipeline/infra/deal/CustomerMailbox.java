package io.salespipeline.infra.deal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Stands in for whatever sends the customers' e-mails, for the harnesses that drive whole deals
 * (chaos, benchmarks): reads proposal-service's and contract-service's CustomerActionRequested
 * topics (links and one-time codes) from their start, with no consumer group (it never disturbs
 * the services' consumers), and keeps every e-mail by deal. Callers wait for an e-mail
 * ({@link #await}, blocking) or are told of each one as it arrives ({@code listener}, on the
 * reader's thread). Survives broker restarts (the Kafka client reconnects by itself).
 */
public final class CustomerMailbox implements AutoCloseable {

    public static final String PROPOSAL_TOPIC = "sales.proposal.customer-action-requested";
    public static final String CONTRACT_TOPIC = "sales.contract.customer-action-requested";
    public static final String LINK = "io.salespipeline.contract.CustomerActionRequested.v1";
    public static final String CODE = "io.salespipeline.contract.SigningCodeSent.v1";

    /** One e-mail: the deal it is about, its CloudEvents type and data. */
    public record Mail(String dealId, String topic, String type, JsonNode data) {

        /** The page's path of a link e-mail (its URL's host is the public one, not the service's). */
        public String pagePath() {
            return URI.create(data.path("url").asText()).getPath();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<Mail>> byDeal = new ConcurrentHashMap<>();
    private final Map<String, String> pageByProposal = new ConcurrentHashMap<>();
    private final Consumer<Mail> listener;
    private final Thread reader;
    private volatile boolean open = true;

    public CustomerMailbox(String bootstrapServers) {
        this(bootstrapServers, mail -> { });
    }

    public CustomerMailbox(String bootstrapServers, Consumer<Mail> listener) {
        this.listener = listener;
        reader = new Thread(() -> read(bootstrapServers), "customer-mailbox");
        reader.setDaemon(true);
        reader.start();
    }

    /** The page path (/customer/proposal-decision/{token}) of the proposal version's latest link, or null. */
    public String pageOf(String proposalId) {
        return pageByProposal.get(proposalId);
    }

    /** The newest e-mail of the deal of this type matching, waiting for it up to {@code timeout}. */
    public JsonNode await(String dealId, String type, Predicate<JsonNode> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode found = find(dealId, type, matching);
            if (found != null) {
                return found;
            }
            sleep(200);
        }
        throw new IllegalStateException("no " + type + " e-mail for deal " + dealId + " within " + timeout);
    }

    /** The newest e-mail of the deal of this type matching, or null (without waiting). */
    public JsonNode find(String dealId, String type, Predicate<JsonNode> matching) {
        List<Mail> mails = byDeal.getOrDefault(dealId, List.of());
        synchronized (mails) {
            for (int i = mails.size() - 1; i >= 0; i--) {
                Mail mail = mails.get(i);
                if (mail.type().equals(type) && matching.test(mail.data())) {
                    return mail.data();
                }
            }
        }
        return null;
    }

    /** Forgets a deal's e-mails (a long benchmark run keeps only the deals in flight). */
    public void forget(String dealId) {
        byDeal.remove(dealId);
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
                        sleep(500); // the broker is not there yet, or the topic not yet made
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
                    sleep(500); // the broker is down for a fault: the client catches up once it is back
                }
            }
        }
    }

    private void keep(ConsumerRecord<String, String> record) {
        JsonNode data;
        try {
            data = JSON.readTree(record.value());
        } catch (IOException | IllegalArgumentException e) {
            return; // not an e-mail this mailer understands: a real one would leave it too
        }
        Header type = record.headers().lastHeader("ce_type");
        if (PROPOSAL_TOPIC.equals(record.topic()) && data.hasNonNull("url")) {
            pageByProposal.put(data.path("recordId").asText(), URI.create(data.path("url").asText()).getPath());
        }
        if (record.key() != null) {
            Mail mail = new Mail(record.key(), record.topic(), type == null ? "" : new String(type.value()), data);
            byDeal.computeIfAbsent(record.key(), deal -> Collections.synchronizedList(new ArrayList<>())).add(mail);
            listener.accept(mail);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
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
