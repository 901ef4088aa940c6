package io.salespipeline.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedInfrastructureTest {

    private final EmbeddedInfrastructure infra = EmbeddedInfrastructure.shared();

    @Test
    void eachServiceGetsItsOwnDatabaseAndRole() throws SQLException {
        Map<String, String> lead = infra.serviceConfig(ServiceDatabase.of("lead"));
        Map<String, String> prospect = infra.serviceConfig(ServiceDatabase.of("prospect"));
        try (Connection connection = DriverManager.getConnection(lead.get("quarkus.datasource.jdbc.url"),
                lead.get("quarkus.datasource.username"), lead.get("quarkus.datasource.password"));
                ResultSet result = connection.createStatement().executeQuery(
                        "select current_database(), current_user, current_setting('server_version_num')::int")) {
            result.next();
            assertEquals("lead", result.getString(1));
            assertEquals("lead", result.getString(2));
            assertEquals(17, result.getInt(3) / 10000);
        }
        String leadUrl = lead.get("quarkus.datasource.jdbc.url");
        String prospectUrl = prospect.get("quarkus.datasource.jdbc.url");
        // A wrong password is refused, and the lead role cannot reach the prospect database.
        assertThrows(SQLException.class, () -> DriverManager.getConnection(leadUrl, "lead", "wrong").close());
        assertThrows(SQLException.class, () -> DriverManager.getConnection(prospectUrl, "lead",
                lead.get("quarkus.datasource.password")).close());
    }

    @Test
    void brokerTakesAndDeliversRecords() {
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers());
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("infra.check", "deal-1", "hello")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers());
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "infra-check");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("infra.check"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    assertEquals("deal-1", record.key());
                    assertEquals("hello", record.value());
                    return;
                }
            }
        }
        throw new AssertionError("The record never came back from the broker");
    }
}
