package io.salespipeline.prospect.messaging;

import static io.restassured.RestAssured.given;
import static io.salespipeline.prospect.LeadQualifiedFixture.openProspect;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Event in (sales.proposal.rejected) -> prospect back in ORIENTATION -> event out (a new hand-over). */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class ProposalRejectedConsumerTest {

    // A sales manager reads and works the prospects the events made.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    static final String TOPIC = "sales.proposal.rejected";
    static final String TYPE = "io.salespipeline.proposal.ProposalRejected.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    EntityManager entityManager;

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).intValue() == 1);
    }

    static String rejected(UUID dealId, UUID proposalId, int version, String reason, String at) {
        return """
                {"proposalId": "%s", "dealId": "%s", "version": %d, "reason": "%s", "rejectedBy": "seller-1",
                 "rejectedAt": "%s", "aFieldAddedLater": true}""".formatted(proposalId, dealId, version, reason, at);
    }

    @Test
    void aRejectedProposalReopensTheProspectWithTheReasonAndANewReadinessHandsItOverAgain() {
        UUID dealId = UUID.randomUUID();
        UUID proposalId = UUID.randomUUID();
        try (EventSender sender = new EventSender(kafka);
                EventTap ready = new EventTap(kafka, "sales.prospect.ready-for-proposal")) {
            String id = openProspect(sender, dealId);
            given().contentType(ContentType.JSON).body("""
                    {"industry": "Logistics", "companySize": "1000+", "businessModel": "3PL",
                     "decisionMakers": [{"name": "Jane Roe", "role": "CFO", "influence": "HIGH"}],
                     "procurement": {"procedure": "ONE_PAGE_QUOTE"}}""").put("/api/prospects/{id}/profile", id)
                    .then().statusCode(200);
            given().contentType(ContentType.JSON).body("""
                    {"product": "Pipeline CRM", "problem": "Spreadsheets", "timeSavingHours": "10",
                     "period": "MONTH", "reasoning": "r"}""").post("/api/prospects/{id}/applications", id)
                    .then().statusCode(201);
            given().post("/api/prospects/{id}/readiness", id).then().statusCode(200);
            String firstHandOver = ready.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(30))
                    .header("ce_id");

            String eventId = UUID.randomUUID().toString();
            sender.send(TOPIC, eventId, TYPE, dealId,
                    rejected(dealId, proposalId, 1, "Budget cut for this year", "2026-11-23T10:00:00Z"));
            // The same event again (a redelivery) changes nothing more.
            sender.send(TOPIC, eventId, TYPE, dealId,
                    rejected(dealId, proposalId, 1, "Budget cut for this year", "2026-11-23T10:00:00Z"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "ORIENTATION".equals(
                    given().get("/api/prospects/{id}", id).then().extract().path("status")));
            given().get("/api/prospects/{id}", id).then().statusCode(200)
                    .body("lastRejection.reason", equalTo("Budget cut for this year"))
                    .body("lastRejection.version", equalTo(1))
                    .body("lastRejection.proposalId", equalTo(proposalId.toString()))
                    .body("lastRejection.rejectedAt", equalTo("2026-11-23T10:00:00Z"));

            // Back in ORIENTATION the seller works on it again; readiness hands it over a second time.
            given().contentType(ContentType.JSON).body("""
                    {"type": "CALL", "occurredAt": "2026-11-23T11:00:00Z", "outcome": "Budget returns in Q2"}""")
                    .post("/api/prospects/{id}/interactions", id).then().statusCode(201);
            given().post("/api/prospects/{id}/readiness", id).then().statusCode(200)
                    .body("status", equalTo("READY_FOR_PROPOSAL"));
            JsonPath second = JsonPath.from(ready.await(e -> dealId.toString().equals(e.key())
                    && !firstHandOver.equals(e.header("ce_id")), Duration.ofSeconds(30)).value());
            assertEquals(id, second.getString("prospectId"));
            assertEquals("10", second.getString("applications[0].timeSavingHours"));
        }
    }

    @Test
    void aRejectionForALostProspectChangesNothing() {
        UUID dealId = UUID.randomUUID();
        try (EventSender sender = new EventSender(kafka)) {
            String id = openProspect(sender, dealId);
            given().contentType(ContentType.JSON).body("{\"reason\": \"No budget\"}")
                    .post("/api/prospects/{id}/loss", id).then().statusCode(200);
            String eventId = UUID.randomUUID().toString();
            sender.send(TOPIC, eventId, TYPE, dealId,
                    rejected(dealId, UUID.randomUUID(), 1, "Too late", "2026-11-23T10:00:00Z"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId));
            given().get("/api/prospects/{id}", id).then().statusCode(200)
                    .body("status", equalTo("LOST")).body("lastRejection", equalTo(null));
        }
    }
}
