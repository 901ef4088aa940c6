package io.salespipeline.lead.acrossstages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.infra.testing.TopicRecords;
import io.salespipeline.platform.privacy.Erased;
import io.salespipeline.platform.privacy.PersonKeyRecord;
import io.salespipeline.platform.privacy.PersonalFields;
import io.salespipeline.platform.security.Roles;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LeadQualified carries the contact's name, e-mail, phone and job title encrypted with the
 * person's data key; the erasure destroys the key, after which no record on the topic holds a byte
 * of them and a fresh reader of the log gets the erased placeholder, while ids stay.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class PersonalDataOnKafkaTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    PersonalFields personalFields;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER, Roles.SELLER);
    }

    @Test
    void theContactTravelsEncryptedAndIsForgottenOnTheTopicOnceErased() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Hedy Lamarr " + tag;
        String email = "hedy." + tag + "@frequency-hopping.example";
        String phone = "+4930" + (10_000_000 + Math.abs(tag.hashCode() % 89_999_999));
        List<String> secrets = List.of(name, "Lamarr", email, "hedy." + tag, phone, phone.substring(1), "Inventor " + tag);

        String leadId;
        String dealId;
        EventTap.Event qualified;
        EventTap.Event key;
        try (EventTap events = new EventTap(kafka, "sales.lead.qualified");
                EventTap keys = new EventTap(kafka, PersonKeyRecord.TOPIC)) {
            leadId = given().contentType(ContentType.JSON).body("""
                    {"name": "%s", "email": "%s", "phone": "%s", "company": "Frequency Hopping Inc %s",
                     "jobTitle": "Inventor %s", "country": "US", "source": {"kind": "CONFERENCE", "detail": "RadioConf"}}"""
                    .formatted(name, email, phone, tag, tag)).post("/api/leads").then().statusCode(201).extract().path("id");
            dealId = Leads.qualify(leadId);
            String deal = dealId;
            qualified = events.await(e -> deal.equals(e.key()), Duration.ofSeconds(60));
            String lead = leadId;
            key = keys.await(e -> e.value().contains(lead), Duration.ofSeconds(60));
        }
        JsonNode wire = json.readTree(qualified.value());
        for (String field : List.of("name", "email", "phone", "jobTitle")) {
            assertTrue(wire.path("contact").path(field).asText().startsWith("pii:v1:" + json.readTree(key.value()).path("keyId").asText() + ":"),
                    field + ": " + wire.path("contact").path(field));
        }
        assertEquals("Frequency Hopping Inc " + tag, wire.at("/contact/company").asText());
        assertEquals("US", wire.at("/contact/country").asText());
        assertNoSecret(secrets, qualified.value(), "the published event");
        assertEquals(name, opened(qualified.value(), qualified.header("ce_id")).at("/contact/name").asText());

        String keyId = json.readTree(key.value()).path("keyId").asText();
        try (EventTap keys = new EventTap(kafka, PersonKeyRecord.TOPIC)) {
            given().contentType(ContentType.JSON).body("{\"leadId\": \"" + leadId + "\"}")
                    .post("/api/erasure-requests").then().statusCode(202);
            EventTap.Event destroyed = keys.await(e -> keyId.equals(e.key()), Duration.ofSeconds(60));
            JsonNode destruction = json.readTree(destroyed.value());
            assertTrue(destruction.path("wrappedKey").isNull(), destroyed.value());
            assertFalse(destruction.path("destroyedAt").isNull(), destroyed.value());
        }

        // The whole log as a replay or a new consumer group reads it: no byte of the person anywhere.
        for (String topic : List.of("sales.lead.qualified", PersonKeyRecord.TOPIC, "privacy.erasure.requested")) {
            for (ConsumerRecord<String, String> record : TopicRecords.readAll(kafka, topic)) {
                assertNoSecret(secrets, record.value(), topic + " value at " + record.offset());
                assertNoSecret(secrets, record.key(), topic + " key at " + record.offset());
                for (Header header : record.headers()) {
                    assertNoSecret(secrets, header.value() == null ? null
                            : new String(header.value(), StandardCharsets.UTF_8), topic + " header " + header.key());
                }
            }
        }
        String deal = dealId;
        ConsumerRecord<String, String> replayed = TopicRecords.readAll(kafka, "sales.lead.qualified").stream()
                .filter(record -> deal.equals(record.key())).findFirst().orElseThrow();
        String eventId = new String(replayed.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
        JsonNode fresh = opened(replayed.value(), eventId);
        for (String field : List.of("name", "email", "phone", "jobTitle")) {
            assertEquals(Erased.NAME, fresh.path("contact").path(field).asText(), field);
        }
        assertEquals(leadId, fresh.path("leadId").asText());
        assertEquals(dealId, fresh.path("dealId").asText());
        assertEquals("Frequency Hopping Inc " + tag, fresh.at("/contact/company").asText());
        assertEquals("Budget approved", fresh.at("/assessment/reasons").asText());
        given().get("/api/leads/{id}", leadId).then().statusCode(200).body("dealId", equalTo(dealId));
    }

    /** What a consumer's inbox reads: the event's data with its personal fields opened (or erased). */
    private JsonNode opened(String value, String eventId) throws Exception {
        JsonNode tree = json.readTree(value);
        return QuarkusTransaction.requiringNew().call(() -> personalFields.open(tree, eventId));
    }

    private static void assertNoSecret(List<String> secrets, String text, String where) {
        if (text == null) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String secret : secrets) {
            assertFalse(lower.contains(secret.toLowerCase(Locale.ROOT)), where + " holds '" + secret + "': " + text);
        }
    }
}
