package io.salespipeline.lead.acrossstages;

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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A deal closed at the contract stage (sales.deal.closed): the lead that started it is WON, once. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class LeadWonAcrossStagesTest {

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
    void aClosedDealWinsItsLeadOnceWithTheClosingTimeAndTheExactOrderValue() {
        long wonBefore = wonInFunnel();
        String id = Leads.create("won-lead@example.com");
        UUID dealId = UUID.fromString(Leads.qualify(id));
        try (EventSender sender = new EventSender(kafka)) {
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
        }
        given().get("/api/leads/{id}", id).then().statusCode(200)
                .body("status", equalTo("WON"))
                .body("dealId", equalTo(dealId.toString()))
                .body("dealWon.closedAt", equalTo(CLOSED_AT))
                .body("dealWon.value.amount", equalTo("1190.120"))
                .body("dealWon.value.currency", equalTo("EUR"))
                .body("dealLoss", nullValue());
        // One change to WON in the lead's audit trail, caused by the event.
        List<Map<String, Object>> won = given().queryParam("recordId", id).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.changes.find { c -> c.field == 'status' && c.to == 'WON' } }");
        assertEquals(1, won.size(), won.toString());
        assertEquals(true, ((String) won.get(0).get("cause")).startsWith("event " + ClosedDeals.TYPE + " "));
        // WON leads are listed under their own status, no longer under QUALIFIED.
        given().queryParam("status", "WON").queryParam("limit", "200").get("/api/leads").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.status", not(hasItem("QUALIFIED")));
        given().queryParam("status", "QUALIFIED").queryParam("limit", "200").get("/api/leads").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // The funnel counts the won deal among the leads that entered the stage.
        assertEquals(wonBefore + 1, wonInFunnel());
    }

    @Test
    void aLeadWhoseDealWasLostStaysLost() {
        String id = Leads.create("lost-then-closed@example.com");
        UUID dealId = UUID.fromString(Leads.qualify(id));
        try (EventSender sender = new EventSender(kafka)) {
            sender.send("sales.deal.lost", UUID.randomUUID().toString(), "io.salespipeline.prospect.DealLost.v1",
                    dealId, LeadAcrossStagesTest.lossEvent(dealId.toString(), "PROSPECT", "Went quiet"));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/leads/{id}", id)
                    .then().body("dealLoss.stage", equalTo("PROSPECT")));
            String closing = UUID.randomUUID().toString();
            sender.send(ClosedDeals.TOPIC, closing, ClosedDeals.TYPE, dealId,
                    ClosedDeals.dealClosed(dealId, CLOSED_AT, "10.00", "EUR"));
            awaitProcessed(closing);
        }
        given().get("/api/leads/{id}", id).then().body("status", equalTo("QUALIFIED")).body("dealWon", nullValue());
    }

    @Test
    void aMalformedOrInconsistentClosingIsParkedWithTheReasonAndChangesNothing() {
        String id = Leads.create("malformed-closing@example.com");
        UUID dealId = UUID.fromString(Leads.qualify(id));
        Refusals.refused(kafka, "deal-closed", ClosedDeals.TOPIC, ClosedDeals.TYPE, dealId,
                "{\"dealId\": \"" + dealId + "\", \"closedAt\": ", "is not a readable DealWon");
        Refusals.refused(kafka, "deal-closed", ClosedDeals.TOPIC, ClosedDeals.TYPE, dealId,
                ClosedDeals.dealClosed(dealId, CLOSED_AT, "10.00", "EUR").replace("\"closedAt\": \"" + CLOSED_AT + "\"",
                        "\"closedAt\": null"), "closedAt is missing");
        Refusals.refused(kafka, "deal-closed", ClosedDeals.TOPIC, ClosedDeals.TYPE, dealId,
                ClosedDeals.dealClosed(dealId, "2999-01-01T00:00:00Z", "10.00", "EUR"),
                "closedAt is 2999-01-01T00:00:00Z, in the future");
        given().get("/api/leads/{id}", id).then().body("status", equalTo("QUALIFIED")).body("dealWon", nullValue());
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
