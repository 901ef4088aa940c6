package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.SalesManagerTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A deal becomes exactly one order: the first DealClosed taken in wins. Another event (a new
 * event id) for the same deal that states the same first order changes nothing; one that states
 * another first order, however consistent in itself, cannot create or change an order: it is
 * refused with the difference as its reason.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class RepeatedDealClosedTest extends SalesManagerTest {

    @Test
    void aSecondDealClosedWithOtherLinesCannotChangeTheOrder() {
        // Line 2 ordered twice, priced right: 2 x 1250.00 = 2500.00 + 475.00 tax; totals 3039.97 + 577.59.
        refusedAfterTheFirst(json -> json
                .replace("\"quantity\": \"1\"", "\"quantity\": \"2\"")
                .replace("\"net\": {\"amount\": \"1250.00\"", "\"net\": {\"amount\": \"2500.00\"")
                .replace("\"tax\": {\"amount\": \"237.50\"", "\"tax\": {\"amount\": \"475.00\"")
                .replace("\"total\": {\"amount\": \"1487.50\"", "\"total\": {\"amount\": \"2975.00\"")
                .replace("\"net\": {\"amount\": \"1789.97\"", "\"net\": {\"amount\": \"3039.97\"")
                .replace("\"tax\": {\"amount\": \"340.09\"", "\"tax\": {\"amount\": \"577.59\"")
                .replace("\"total\": {\"amount\": \"2130.06\"", "\"total\": {\"amount\": \"3617.56\""),
                "contradicts it: firstOrder.lines[1].quantity is 2, not 1");
    }

    @Test
    void aSecondDealClosedFromAnotherContractCannotChangeTheOrder() {
        UUID otherContract = UUID.randomUUID();
        refusedAfterTheFirst(json -> json.replaceFirst("\"contractId\": \"[^\"]+\"",
                "\"contractId\": \"" + otherContract + "\""), "contradicts it: contractId is " + otherContract);
    }

    @Test
    void aSecondDealClosedInAnotherCurrencyCannotChangeTheOrder() {
        refusedAfterTheFirst(json -> json.replace("\"currency\": \"EUR\"", "\"currency\": \"CHF\""),
                "contradicts it: firstOrder.currency is CHF, not EUR");
    }

    /**
     * Takes the deal in, then sends the same first order under a new event id (changes nothing, is
     * not refused), then the tampered one: only the tampered one is parked, with the reason, and
     * the customer and order are as the first event made them.
     */
    private void refusedAfterTheFirst(java.util.function.UnaryOperator<String> tamper, String reason) {
        UUID dealId = UUID.randomUUID();
        String json = DealClosedEvents.dealClosed(dealId, "First Wins Ltd");
        DealClosedEvents.send(kafka(), UUID.randomUUID().toString(), dealId, json);
        String orderId = DealClosedEvents.awaitOne("/api/orders", dealId).getString("id");
        String tamperedId = UUID.randomUUID().toString();
        try (EventTap deadLetters = new EventTap(kafka(), "dead-letter-topic-deal-closed");
                EventSender sender = new EventSender(kafka())) {
            sender.send(DealClosedEvents.TOPIC, UUID.randomUUID().toString(), DealClosedEvents.TYPE, dealId, json);
            sender.send(DealClosedEvents.TOPIC, tamperedId, DealClosedEvents.TYPE, dealId,
                    tamper.apply(json).replace("First Wins Ltd", "Second Event GmbH"));
            // Same key, same partition: had the harmless repeat been refused, it would be parked first.
            EventTap.Event parked = deadLetters.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(60));
            assertEquals(tamperedId, parked.header("ce_id"));
            String deadLetterReason = parked.header("dead-letter-reason");
            assertTrue(deadLetterReason != null && deadLetterReason.contains("already has its first order " + orderId)
                    && deadLetterReason.contains(reason), "dead-letter-reason: " + deadLetterReason);
        }
        given().queryParam("dealId", dealId.toString()).get("/api/customers").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].company", equalTo("First Wins Ltd"));
        given().queryParam("dealId", dealId.toString()).get("/api/orders").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(orderId))
                .body("items[0].currency", equalTo("EUR"))
                .body("items[0].totals.total.amount", equalTo("2130.06"))
                .body("items[0].lines[1].quantity", equalTo("1"))
                .body("items[0].statusHistory", hasSize(1));
    }
}
