package io.salespipeline.prospect.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.ClosedDeals;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.Refusals;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.prospect.LeadQualifiedFixture;
import io.salespipeline.prospect.api.ProspectResourceTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A deal closed at the contract stage (sales.deal.closed): its prospect is WON, once. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class DealClosedConsumerTest {

    private static final String CLOSED_AT = "2026-12-01T15:30:00Z";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @Test
    void aClosedDealWinsItsProspectOnceWithTheClosingTimeAndTheExactOrderValue() {
        long wonBefore = wonInFunnel();
        UUID dealId = UUID.randomUUID();
        try (EventSender sender = new EventSender(kafka)) {
            String id = readyProspect(sender, dealId);
            String eventId = UUID.randomUUID().toString();
            String closed = ClosedDeals.dealClosed(dealId, CLOSED_AT, "1190.120", "EUR");
            sender.send(ClosedDeals.TOPIC, eventId, ClosedDeals.TYPE, dealId, closed);
            // The same event again (a redelivery), and another report of the deal closing: nothing more changes.
            sender.send(ClosedDeals.TOPIC, eventId, ClosedDeals.TYPE, dealId, closed);
            String another = UUID.randomUUID().toString();
            sender.send(ClosedDeals.TOPIC, another, ClosedDeals.TYPE, dealId,
                    ClosedDeals.dealClosed(dealId, "2026-12-02T08:00:00Z", "5.00", "USD"));
            // Events of one deal share a partition: once the last is taken in, so were the ones before.
            awaitProcessed(another);

            given().get("/api/prospects/{id}", id).then().statusCode(200)
                    .body("status", equalTo("WON"))
                    .body("dealWon.closedAt", equalTo(CLOSED_AT))
                    .body("dealWon.value.amount", equalTo("1190.120"))
                    .body("dealWon.value.currency", equalTo("EUR"))
                    .body("lossReason", nullValue());
            List<Map<String, Object>> won = given().queryParam("recordId", id).get("/api/audit").then()
                    .statusCode(200).extract().jsonPath()
                    .getList("items.findAll { it.changes.find { c -> c.field == 'status' && c.to == 'WON' } }");
            assertEquals(1, won.size(), won.toString());
            given().queryParam("status", "WON").queryParam("limit", "500").get("/api/prospects").then()
                    .statusCode(200).body("items.id", hasItem(id));
            given().queryParam("status", "READY_FOR_PROPOSAL").queryParam("limit", "500").get("/api/prospects")
                    .then().statusCode(200).body("items.id", not(hasItem(id)));
            // A won deal is no longer the seller's to lose.
            given().contentType("application/json").body("{\"reason\": \"Changed their mind\"}")
                    .post("/api/prospects/{id}/loss", id).then().statusCode(409);
        }
        assertEquals(wonBefore + 1, wonInFunnel());
    }

    @Test
    void aLostProspectStaysLost() {
        UUID dealId = UUID.randomUUID();
        try (EventSender sender = new EventSender(kafka)) {
            String id = readyProspect(sender, dealId);
            given().contentType("application/json").body("{\"reason\": \"Chose a competitor\"}")
                    .post("/api/prospects/{id}/loss", id).then().statusCode(200);
            String closing = UUID.randomUUID().toString();
            sender.send(ClosedDeals.TOPIC, closing, ClosedDeals.TYPE, dealId,
                    ClosedDeals.dealClosed(dealId, CLOSED_AT, "10.00", "EUR"));
            awaitProcessed(closing);
            given().get("/api/prospects/{id}", id).then().body("status", equalTo("LOST"))
                    .body("dealWon", nullValue());
        }
    }

    @Test
    void aMalformedOrInconsistentClosingIsParkedWithTheReasonAndChangesNothing() {
        UUID dealId = UUID.randomUUID();
        String id;
        try (EventSender sender = new EventSender(kafka)) {
            id = readyProspect(sender, dealId);
        }
        Refusals.refused(kafka, "deal-closed", ClosedDeals.TOPIC, ClosedDeals.TYPE, dealId,
                "{\"dealId\": \"" + dealId + "\", \"closedAt\": ", "is not a readable DealWon");
        Refusals.refused(kafka, "deal-closed", ClosedDeals.TOPIC, ClosedDeals.TYPE, dealId,
                ClosedDeals.dealClosed(dealId, CLOSED_AT, "-10.00", "EUR"), "firstOrder.totals.total is negative");
        Refusals.refused(kafka, "deal-closed", ClosedDeals.TOPIC, ClosedDeals.TYPE, dealId,
                ClosedDeals.dealClosed(dealId, "2999-01-01T00:00:00Z", "10.00", "EUR"),
                "closedAt is 2999-01-01T00:00:00Z, in the future");
        given().get("/api/prospects/{id}", id).then().body("status", equalTo("READY_FOR_PROPOSAL"))
                .body("dealWon", nullValue());
    }

    @Test
    void aProspectThatNeverHadAProposalRefusesTheClosing() {
        UUID dealId = UUID.randomUUID();
        String id;
        try (EventSender sender = new EventSender(kafka)) {
            id = LeadQualifiedFixture.openProspect(sender, dealId);
        }
        Refusals.refused(kafka, "deal-closed", ClosedDeals.TOPIC, ClosedDeals.TYPE, dealId,
                ClosedDeals.dealClosed(dealId, CLOSED_AT, "10.00", "EUR"), "RAPPORT");
        given().get("/api/prospects/{id}", id).then().body("status", equalTo("RAPPORT"));
    }

    private static String readyProspect(EventSender sender, UUID dealId) {
        String id = LeadQualifiedFixture.openProspect(sender, dealId);
        ProspectResourceTest.putProfile(id);
        ProspectResourceTest.addApplication(id);
        given().post("/api/prospects/{id}/readiness", id).then().statusCode(200)
                .body("status", equalTo("READY_FOR_PROPOSAL"));
        return id;
    }

    /** The inbox took the event in (its effect committed with it). */
    private void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                        .createNativeQuery("select count(*) from processed_event where event_id = :id")
                        .setParameter("id", eventId).getSingleResult()).intValue() == 1));
    }

    private static long wonInFunnel() {
        return given().queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2100-01-01T00:00:00Z")
                .get("/api/stage-metrics").then().statusCode(200).extract().jsonPath().getLong("won");
    }
}
