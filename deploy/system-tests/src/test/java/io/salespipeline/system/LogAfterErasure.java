package io.salespipeline.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.testing.TopicRecords;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The event log once a person was erased: no record on any topic (dead letters included) shows
 * the person in the clear, and the log still tells every deal right to whoever rebuilds from it.
 */
final class LogAfterErasure {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String bootstrapServers;

    LogAfterErasure(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every topic on the broker but Kafka's own; answers how many records it read. */
    int assertNowhere(List<Pattern> person) throws Exception {
        List<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            topics = admin.listTopics().names().get().stream().filter(topic -> !topic.startsWith("__")).sorted().toList();
        }
        // Dead-letter topics exist once something was parked; whichever exist are read like the rest.
        assertTrue(topics.contains("sales.deal.closed"), "reads the hand-off topics: " + topics);
        int read = 0;
        for (String topic : topics) {
            for (ConsumerRecord<String, String> record : TopicRecords.readAll(bootstrapServers, topic)) {
                read++;
                String where = topic + " offset " + record.offset() + " partition " + record.partition();
                assertClean(person, record.key(), where + " key");
                assertClean(person, record.value(), where + " value");
                for (Header header : record.headers()) {
                    assertClean(person, header.value() == null ? null
                            : new String(header.value(), StandardCharsets.UTF_8), where + " header " + header.key());
                }
            }
        }
        return read;
    }

    private static void assertClean(List<Pattern> person, String text, String where) {
        if (text == null) {
            return;
        }
        for (Pattern pattern : person) {
            assertFalse(pattern.matcher(text).find(), where + " shows the erased person (" + pattern + "): " + text);
        }
    }

    /**
     * Rebuilds the closed deals from sales.deal.closed with a consumer group that never read it:
     * per deal the first order's total and currency, each event counted once (by its ce_id, as the
     * inbox does; the log holds replays). Answers the deals' sealed contact names too.
     */
    Map<String, ClosedDeal> rebuildClosedDeals() {
        Map<String, ClosedDeal> deals = new HashMap<>();
        Set<String> events = new HashSet<>();
        for (ConsumerRecord<String, String> record : readWithFreshGroup("sales.deal.closed")) {
            Header id = record.headers().lastHeader("ce_id");
            if (id != null && !events.add(new String(id.value(), StandardCharsets.UTF_8))) {
                continue;
            }
            JsonPath event = JsonPath.from(record.value());
            ClosedDeal closed = new ClosedDeal(new BigDecimal(event.getString("firstOrder.totals.total.amount")),
                    event.getString("firstOrder.totals.total.currency"), event.getString("customer.contactName"));
            assertNull(deals.put(event.getString("dealId"), closed), "one DealClosed per deal: " + event.getString("dealId"));
        }
        return deals;
    }

    record ClosedDeal(BigDecimal total, String currency, String contactName) {
    }

    /** The last word on privacy.person-keys about a key: whether it was destroyed (no key material left). */
    boolean destroyed(String keyId) {
        JsonPath last = null;
        for (ConsumerRecord<String, String> record : TopicRecords.readAll(bootstrapServers, "privacy.person-keys")) {
            if (keyId.equals(record.key())) {
                last = JsonPath.from(record.value());
            }
        }
        assertTrue(last != null, "key " + keyId + " is on privacy.person-keys");
        return last.get("wrappedKey") == null && last.get("destroyedAt") != null;
    }

    /** The key id a sealed field names ({@code pii:v1:<keyId>:...}). */
    static String keyId(String sealed) {
        assertTrue(sealed != null && sealed.startsWith("pii:v1:"), "an encrypted field: " + sealed);
        return sealed.split(":")[2];
    }

    private List<ConsumerRecord<String, String>> readWithFreshGroup(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "rebuild-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, PATIENCE).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!caughtUp(consumer, ends)) {
                assertTrue(System.nanoTime() < deadline, "could not read all of " + topic + " within " + PATIENCE);
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            consumer.commitSync();
        }
        assertEquals(records.size(), records.stream().map(r -> r.partition() + "/" + r.offset()).distinct().count());
        return records;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        Set<TopicPartition> assigned = consumer.assignment();
        return assigned.containsAll(ends.keySet())
                && ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
