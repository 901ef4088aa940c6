package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class OrderStatusTest {

    // Each test acts as the support owner of the order's customer (see receivedOrder()).
    @BeforeEach
    void signOut() {
        Tokens.signOut();
    }

    private static final String TOPIC = "fulfillment.order.status-changed";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private JsonPath receivedOrder(UUID dealId) {
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId,
                DealClosedEvents.dealClosed(dealId, "Status Test Ltd"));
        JsonPath order = DealClosedEvents.awaitOne("/api/orders", dealId);
        String owner = DealClosedEvents.awaitOne("/api/customers", dealId).getString("supportOwner");
        Tokens.signIn(owner, Roles.SUPPORT);
        return order;
    }

    private static io.restassured.response.ValidatableResponse change(String orderId, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/orders/{id}/status", orderId).then();
    }

    @Test
    void everyChangeIsKeptInTheHistoryAndPublishedKeyedByTheDeal() {
        UUID dealId = UUID.randomUUID();
        JsonPath order = receivedOrder(dealId);
        String orderId = order.getString("id");
        String customerId = order.getString("customerId");

        try (EventTap tap = new EventTap(kafka, TOPIC)) {
            change(orderId, "{\"status\": \"IN_PROGRESS\", \"note\": \"picking started\"}").statusCode(200)
                    .body("status", equalTo("IN_PROGRESS"))
                    .body("statusHistory[1].from", equalTo("RECEIVED"))
                    .body("statusHistory[1].to", equalTo("IN_PROGRESS"))
                    .body("statusHistory[1].note", equalTo("picking started"))
                    .body("statusHistory[1].by", notNullValue())
                    .body("statusHistory[1].at", notNullValue());
            change(orderId, "{\"status\": \"ON_HOLD\", \"note\": \"awaiting parts\"}").statusCode(200)
                    .body("status", equalTo("ON_HOLD")).body("heldFrom", equalTo("IN_PROGRESS"))
                    .body("allowedStatuses", containsInAnyOrder("IN_PROGRESS", "CANCELLED"));
            change(orderId, "{\"status\": \"IN_PROGRESS\"}").statusCode(200).body("status", equalTo("IN_PROGRESS"));
            change(orderId, "{\"status\": \"shipped\"}").statusCode(200).body("status", equalTo("SHIPPED"));
            change(orderId, "{\"status\": \"DELIVERED\"}").statusCode(200);
            change(orderId, "{\"status\": \"COMPLETED\"}").statusCode(200).body("status", equalTo("COMPLETED"))
                    .body("allowedStatuses", hasSize(0));

            List<String> expected = List.of("RECEIVED>IN_PROGRESS", "IN_PROGRESS>ON_HOLD", "ON_HOLD>IN_PROGRESS",
                    "IN_PROGRESS>SHIPPED", "SHIPPED>DELIVERED", "DELIVERED>COMPLETED");
            tap.await(e -> e.value().contains("\"COMPLETED\"") && e.value().contains(orderId), Duration.ofSeconds(30));
            List<EventTap.Event> events = tap.collect(Duration.ZERO).stream()
                    .filter(e -> e.value().contains(orderId)).toList();
            assertEquals(expected, events.stream().map(e -> {
                JsonPath data = JsonPath.from(e.value());
                return data.getString("from") + ">" + data.getString("to");
            }).toList());
            for (EventTap.Event event : events) {
                assertEquals(dealId.toString(), event.key());
                assertEquals("io.salespipeline.fulfillment.OrderStatusChanged.v1", event.header("ce_type"));
                assertEquals("/fulfillment-service", event.header("ce_source"));
                assertEquals(dealId.toString(), event.header("ce_subject"));
                JsonPath data = JsonPath.from(event.value());
                assertEquals(orderId, data.getString("orderId"));
                assertEquals(customerId, data.getString("customerId"));
                assertEquals(dealId.toString(), data.getString("dealId"));
                assertEquals(true, data.getString("changedAt").endsWith("Z"));
            }
        }

        given().get("/api/orders/{id}", orderId).then().statusCode(200)
                .body("statusHistory.to", contains("RECEIVED", "IN_PROGRESS", "ON_HOLD", "IN_PROGRESS", "SHIPPED",
                        "DELIVERED", "COMPLETED"));
    }

    @Test
    void aRefusedChangeIs409NamingTheCurrentStateAndChangesAndPublishesNothing() {
        UUID dealId = UUID.randomUUID();
        String orderId = receivedOrder(dealId).getString("id");

        try (EventTap tap = new EventTap(kafka, TOPIC)) {
            change(orderId, "{\"status\": \"SHIPPED\"}").statusCode(409).contentType("application/problem+json")
                    .body("status", equalTo(409)).body("currentState", equalTo("RECEIVED"))
                    .body("record", equalTo("order"));
            given().get("/api/orders/{id}", orderId).then().statusCode(200)
                    .body("status", equalTo("RECEIVED")).body("statusHistory", hasSize(1));

            // The relay sends in the order events were stored: if the refused change had stored
            // one, it would arrive before this allowed change's event.
            change(orderId, "{\"status\": \"CANCELLED\", \"note\": \"customer withdrew\"}").statusCode(200);
            tap.await(e -> e.value().contains(orderId) && e.value().contains("\"CANCELLED\""), Duration.ofSeconds(30));
            List<EventTap.Event> events = tap.collect(Duration.ZERO).stream()
                    .filter(e -> e.value().contains(orderId)).toList();
            assertEquals(1, events.size(), () -> "events of the order: " + events);
            assertEquals("RECEIVED", JsonPath.from(events.get(0).value()).getString("from"));
        }
        change(orderId, "{\"status\": \"IN_PROGRESS\"}").statusCode(409).body("currentState", equalTo("CANCELLED"));
    }

    @Test
    void badStatusRequestsAre400AndUnknownOrders404() {
        String orderId = receivedOrder(UUID.randomUUID()).getString("id");
        change(orderId, "{\"status\": \"TELEPORTED\"}").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        change(orderId, "{\"note\": \"no status\"}").statusCode(400).body("errors[0].field", equalTo("status"));
        change(orderId, "{\"status\": ").statusCode(400).contentType("application/problem+json");
        change(orderId, "{\"status\": \"IN_PROGRESS\", \"note\": \"" + "x".repeat(2001) + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("note"));
        given().get("/api/orders/{id}", orderId).then().body("status", equalTo("RECEIVED"))
                .body("statusHistory", hasSize(1));
        change("0190a7f5-0000-7000-8000-000000000000", "{\"status\": \"IN_PROGRESS\"}").statusCode(404);
    }
}
