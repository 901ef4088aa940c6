package io.salespipeline.prospect.messaging;

import static io.restassured.RestAssured.given;
import static io.salespipeline.prospect.LeadQualifiedFixture.TOPIC;
import static io.salespipeline.prospect.LeadQualifiedFixture.TYPE;
import static io.salespipeline.prospect.LeadQualifiedFixture.awaitProspectIds;
import static io.salespipeline.prospect.LeadQualifiedFixture.leadQualified;
import static io.salespipeline.prospect.LeadQualifiedFixture.prospectIds;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.SalesManagerTest;
import io.salespipeline.infra.testing.EventTap;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class LeadQualifiedConsumerTest extends SalesManagerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void aQualifiedLeadOpensAProspectInRapport() {
        UUID dealId = UUID.randomUUID();
        UUID accountId = UUID.randomUUID();
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(TOPIC, UUID.randomUUID().toString(), TYPE, dealId, leadQualified(dealId, "Grace Hopper")
                    .replace("\"detail\": \"TechConf 2026\"}", "\"detail\": \"TechConf 2026\", \"campaign\": \"booth-2026\"}")
                    .replace("\"qualifiedAt\"", "\"accountId\": \"" + accountId + "\", \"qualifiedAt\""));
        }
        String id = awaitProspectIds(dealId).get(0);

        given().get("/api/prospects/{id}", id).then().statusCode(200)
                .body("dealId", equalTo(dealId.toString()))
                .body("status", equalTo("RAPPORT"))
                .body("contact.name", equalTo("Grace Hopper"))
                .body("contact.email", equalTo("grace@example.com"))
                .body("source.kind", equalTo("CONFERENCE"))
                .body("source.detail", equalTo("TechConf 2026"))
                .body("source.campaign", equalTo("booth-2026"))
                .body("qualification.assessment.reasons", equalTo("Budget approved"))
                .body("qualification.assessment.assessedBy", equalTo("seller-1"))
                .body("qualification.interest.channel", equalTo("PHONE"))
                .body("qualification.interest.topics", equalTo("pricing"))
                .body("profile", nullValue())
                .body("accountId", equalTo(accountId.toString()));
    }

    @Test
    void aRepeatedEventAndASecondEventForTheSameDealLeaveOneProspect() {
        UUID dealId = UUID.randomUUID();
        String firstId = UUID.randomUUID().toString();
        String secondId = UUID.randomUUID().toString();
        String qualified = leadQualified(dealId, "Grace Hopper");
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(TOPIC, firstId, TYPE, dealId, qualified);
            sender.send(TOPIC, firstId, TYPE, dealId, qualified);
            // The same lead told again under a new id, carrying other data: already done (another lead
            // for the deal is refused: TamperedEventsTest).
            sender.send(TOPIC, secondId, TYPE, dealId, qualified.replace("Grace Hopper", "Someone Else"));
        }
        // Same key, same partition, consumed in order: once the last event is processed, so are the others.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(secondId));

        List<String> ids = prospectIds(dealId);
        assertEquals(1, ids.size());
        given().get("/api/prospects/{id}", ids.get(0)).then().statusCode(200)
                .body("contact.name", equalTo("Grace Hopper"));
    }

    @Test
    void aMalformedRecordIsParkedOnTheDeadLetterTopicAndTheNextEventIsStillProcessed() {
        UUID brokenDeal = UUID.randomUUID();
        UUID nextDeal = UUID.randomUUID();
        try (EventTap deadLetters = new EventTap(kafka, "dead-letter-topic-lead-qualified");
                EventSender sender = new EventSender(kafka)) {
            // Both on one partition, so the valid event can only be processed if the consumer got past
            // the broken one. The broken record has no ce_id (nor any CloudEvents header).
            sender.sendRaw(new ProducerRecord<>(TOPIC, 0, brokenDeal.toString(), leadQualified(brokenDeal, "Nobody")));
            sender.sendRaw(cloudEvent(0, nextDeal));

            EventTap.Event parked = deadLetters.await(e -> brokenDeal.toString().equals(e.key()),
                    Duration.ofSeconds(30));
            assertEquals(TOPIC, parked.header("dead-letter-topic"));
            assertTrue(parked.value().contains(brokenDeal.toString()));
        }
        assertEquals(1, awaitProspectIds(nextDeal).size());
        assertTrue(prospectIds(brokenDeal).isEmpty());
    }

    private static ProducerRecord<String, String> cloudEvent(int partition, UUID dealId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, partition, dealId.toString(),
                leadQualified(dealId, "Grace Hopper"));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", TYPE);
        header(record, "ce_source", "/lead-service");
        header(record, "ce_subject", dealId.toString());
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).intValue() == 1);
    }
}
