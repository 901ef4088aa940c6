package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeEach;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class OrderIntakeTest {

    // A sales manager sees every customer and order.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aClosedDealBecomesACustomerWithAReceivedFirstOrder() {
        UUID dealId = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId,
                DealClosedEvents.dealClosed(dealId, "Analytical Engines Ltd"));

        JsonPath customer = DealClosedEvents.awaitOne("/api/customers", dealId);
        assertEquals(dealId.toString(), customer.getString("dealId"));
        assertEquals("Analytical Engines Ltd", customer.getString("company"));
        assertEquals("Ada Lovelace", customer.getString("contactName"));
        assertEquals("ada@example.com", customer.getString("contactEmail"));
        assertEquals(true, List.of("ana.support", "ben.support", "chen.support")
                .contains(customer.getString("supportOwner")));

        JsonPath order = DealClosedEvents.awaitOne("/api/orders", dealId);
        assertEquals(customer.getString("id"), order.getString("customerId"));
        assertEquals("FIRST", order.getString("kind"));
        assertEquals("RECEIVED", order.getString("status"));
        assertEquals("PO-4711", order.getString("poNumber"));
        assertEquals("2027-01-15", order.getString("requestedDeliveryDate"));
        assertEquals("EUR", order.getString("currency"));
        // Exact decimal strings, as the contract fixed them.
        assertEquals("1789.97", order.getString("totals.net.amount"));
        assertEquals("340.09", order.getString("totals.tax.amount"));
        assertEquals("2130.06", order.getString("totals.total.amount"));
        assertEquals("EUR", order.getString("totals.total.currency"));
        assertEquals(2, order.getList("lines").size());
        assertEquals("3", order.getString("lines[0].quantity"));
        assertEquals("199.99", order.getString("lines[0].unitPrice.amount"));
        assertEquals("10", order.getString("lines[0].discountPercent"));
        assertEquals("1487.50", order.getString("lines[1].total.amount"));
        assertNull(order.get("statusHistory[0].from"));
        assertEquals("RECEIVED", order.getString("statusHistory[0].to"));

        given().get("/api/customers/{id}", customer.getString("id")).then().statusCode(200)
                .body("dealId", equalTo(dealId.toString()));
        given().get("/api/orders/{id}", order.getString("id")).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("statusHistory", hasSize(1))
                .body("totals.total.amount", equalTo("2130.06"));
        given().queryParam("customerId", customer.getString("id")).get("/api/orders").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(order.getString("id")));
    }

    @Test
    void theFirstOrderKeepsWhereTheDealCameFromAsTheEventSays() {
        UUID dealId = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId,
                DealClosedEvents.dealClosed(dealId, "Attributed Ltd").replace("\"somethingNew\"", """
                        "attribution": {"sourceKind": "WEB_FORM", "sourceDetail": "Contact us",
                                        "campaign": "spring-2026", "medium": "ignored"},
                        "somethingNew\""""));

        JsonPath order = DealClosedEvents.awaitOne("/api/orders", dealId);
        assertEquals("WEB_FORM", order.getString("attribution.sourceKind"));
        assertEquals("Contact us", order.getString("attribution.sourceDetail"));
        assertEquals("spring-2026", order.getString("attribution.campaign"));

        // An event from before attribution existed: the order does not know it, and says nothing.
        UUID older = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), older, DealClosedEvents.dealClosed(older, "Older Ltd"));
        assertNull(DealClosedEvents.awaitOne("/api/orders", older).get("attribution"));
    }

    @Test
    void theSameDealTakenInOnceHoweverOftenItArrives() {
        UUID dealId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String json = DealClosedEvents.dealClosed(dealId, "Once Only GmbH");
        for (int i = 0; i < 3; i++) {
            DealClosedEvents.send(kafka, eventId, dealId, json);
        }
        // Another event for the same deal and the same first order: already done, not a second customer
        // (the customer is not compared: it may have been edited since). One that states another
        // first order is refused: RepeatedDealClosedTest.
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId,
                json.replace("Once Only GmbH", "Second Attempt AG"));
        DealClosedEvents.awaitAllConsumed(kafka);

        given().queryParam("dealId", dealId.toString()).get("/api/customers").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].company", equalTo("Once Only GmbH"));
        given().queryParam("dealId", dealId.toString()).get("/api/orders").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].statusHistory", hasSize(1));
    }

    @Test
    void anUnusableEventIsParkedOnTheDeadLetterTopicAndTheNextOneIsStillTakenIn() {
        UUID brokenDeal = UUID.randomUUID();
        UUID nextDeal = UUID.randomUUID();
        String noFirstOrder = DealClosedEvents.dealClosed(brokenDeal, "Broken Ltd").replace("\"firstOrder\"", "\"later\"");
        try (EventTap deadLetters = new EventTap(kafka, "dead-letter-topic-deal-closed");
                EventSender sender = new EventSender(kafka)) {
            sender.sendRaw(DealClosedEvents.onPartition(0, UUID.randomUUID().toString(), brokenDeal, noFirstOrder));
            sender.sendRaw(DealClosedEvents.onPartition(0, UUID.randomUUID().toString(), nextDeal,
                    DealClosedEvents.dealClosed(nextDeal, "Next Ltd")));

            EventTap.Event parked = deadLetters.await(e -> brokenDeal.toString().equals(e.key()),
                    Duration.ofSeconds(30));
            assertEquals(DealClosedEvents.TOPIC, parked.header("dead-letter-topic"));
            DealClosedEvents.awaitOne("/api/orders", nextDeal);
        }
        given().queryParam("dealId", brokenDeal.toString()).get("/api/customers").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void unknownRecordsAre404AndBadFiltersAre400() {
        given().get("/api/customers/{id}", "0190a7f5-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/orders/{id}", "0190a7f5-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("dealId", "not-a-uuid").get("/api/customers")
                .then().statusCode(400).body("errors[0].field", equalTo("dealId"));
        given().queryParam("customerId", "x").get("/api/orders")
                .then().statusCode(400).body("errors[0].field", equalTo("customerId"));
        given().queryParam("cursor", "garbage").get("/api/orders")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("dealId", UUID.randomUUID().toString()).get("/api/orders")
                .then().statusCode(200).body("items", hasSize(0)).body("nextCursor", nullValue());
    }
}
