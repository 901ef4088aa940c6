package io.salespipeline.infra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.infra.EmbeddedInfrastructure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Every record of every partition, headers included; a topic that does not exist is empty and stays absent. */
class TopicRecordsTest {

    private final String kafka = EmbeddedInfrastructure.shared().kafkaBootstrapServers();

    @Test
    void readsEveryRecordOfEveryPartitionFromTheBeginning() throws Exception {
        String topic = "topic-records-" + UUID.randomUUID();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        try (EventSender sender = new EventSender(kafka)) {
            for (int i = 0; i < 7; i++) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, i % 3, "key-" + i, "value-" + i);
                record.headers().add("ce_id", ("id-" + i).getBytes(StandardCharsets.UTF_8));
                sender.sendRaw(record);
            }
        }
        List<ConsumerRecord<String, String>> read = TopicRecords.readAll(kafka, topic);
        assertEquals(7, read.size());
        Set<String> values = read.stream().map(ConsumerRecord::value).collect(Collectors.toSet());
        assertEquals(Set.of("value-0", "value-1", "value-2", "value-3", "value-4", "value-5", "value-6"), values);
        assertEquals(Set.of(0, 1, 2), read.stream().map(ConsumerRecord::partition).collect(Collectors.toSet()));
        ConsumerRecord<String, String> fifth = read.stream().filter(r -> "key-4".equals(r.key())).findFirst().orElseThrow();
        assertEquals("id-4", new String(fifth.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
    }

    @Test
    void aTopicThatDoesNotExistHasNoRecordsAndIsNotCreated() throws Exception {
        String topic = "topic-records-missing-" + UUID.randomUUID();
        assertTrue(TopicRecords.readAll(kafka, topic).isEmpty());
        try (Admin admin = admin()) {
            assertFalse(admin.listTopics().names().get().contains(topic));
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka));
    }
}
