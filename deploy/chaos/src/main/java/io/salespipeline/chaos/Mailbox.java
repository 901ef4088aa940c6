package io.salespipeline.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The customers' e-mails, as whatever sends them would read them: every event on
 * sales.contract.customer-action-requested (links and one-time codes), by deal. One consumer for
 * all deals (no group: it never disturbs the services' consumers), started before the first deal.
 */
final class Mailbox implements AutoCloseable {

    static final String TOPIC = "sales.contract.customer-action-requested";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One e-mail: its CloudEvents type and data. */
    record Mail(String type, JsonNode data) {
    }

    private final Map<String, List<Mail>> byDeal = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean open = true;

    Mailbox(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        reader = Thread.ofPlatform().daemon().name("mailbox").start(() -> read(consumer));
    }

    private void read(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            List<TopicPartition> partitions = List.of();
            while (open && partitions.isEmpty()) {
                partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                        .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (open) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Header type = record.headers().lastHeader("ce_type");
                    try {
                        byDeal.computeIfAbsent(record.key(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                .add(new Mail(type == null ? "" : new String(type.value()), JSON.readTree(record.value())));
                    } catch (IOException e) {
                        // not an e-mail this mailbox understands
                    }
                }
            }
        } catch (RuntimeException e) {
            if (open) {
                throw e;
            }
        }
    }

    /** The newest e-mail of the deal of this type matching, waiting for it up to {@code timeout}. */
    JsonNode await(String dealId, String type, java.util.function.Predicate<JsonNode> matching, Duration timeout) {
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

    @Override
    public void close() throws InterruptedException {
        open = false;
        reader.join(5000);
    }
}
