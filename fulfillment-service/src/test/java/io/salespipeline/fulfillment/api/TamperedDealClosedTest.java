package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Refusals;
import io.salespipeline.infra.testing.SalesManagerTest;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Anyone who can publish on sales.deal.closed could state anything: order intake prices the first
 * order's lines again, checks that the event proves the deal closed (accepted proposal, signed
 * contract, times past and in order) and refuses an event that contradicts itself, before it
 * changes anything.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class TamperedDealClosedTest extends SalesManagerTest {

    @Test
    void totalsOfOneCentForThousandsOfEurosOfLinesAreRefused() {
        // 99 000 EUR of lines, totals of 0.01 EUR.
        refused(json -> json
                .replace("\"quantity\": \"3\"", "\"quantity\": \"495\"")
                .replace("\"unitPrice\": {\"amount\": \"199.99\"", "\"unitPrice\": {\"amount\": \"200.00\"")
                .replace("\"discountPercent\": \"10\"", "\"discountPercent\": \"0\"")
                .replace("\"net\": {\"amount\": \"539.97\"", "\"net\": {\"amount\": \"99000.00\"")
                .replace("\"tax\": {\"amount\": \"102.59\"", "\"tax\": {\"amount\": \"18810.00\"")
                .replace("\"total\": {\"amount\": \"642.56\"", "\"total\": {\"amount\": \"117810.00\"")
                .replace("\"net\": {\"amount\": \"1789.97\"", "\"net\": {\"amount\": \"0.01\"")
                .replace("\"tax\": {\"amount\": \"340.09\"", "\"tax\": {\"amount\": \"0.00\"")
                .replace("\"total\": {\"amount\": \"2130.06\"", "\"total\": {\"amount\": \"0.01\""),
                "firstOrder.totals.net is 0.01 EUR but the sum of its lines gives 100250.00 EUR");
    }

    @Test
    void aLineCheaperThanItsOwnPriceIsRefused() {
        refused(json -> json.replace("\"net\": {\"amount\": \"539.97\"", "\"net\": {\"amount\": \"0.01\""),
                "firstOrder.lines[0].net is 0.01 EUR but the line's price gives 539.97 EUR");
    }

    @Test
    void aLineInAnotherCurrencyIsRefused() {
        refused(json -> json.replace("{\"amount\": \"1250.00\", \"currency\": \"EUR\"}",
                "{\"amount\": \"1250.00\", \"currency\": \"USD\"}"),
                "firstOrder.lines[1].unitPrice is in USD, not the document currency EUR");
    }

    @Test
    void aNegativeQuantityIsRefused() {
        refused(json -> json.replace("\"quantity\": \"1\"", "\"quantity\": \"-1\""),
                "firstOrder.lines[1].quantity is -1; it must be positive");
    }

    @Test
    void anOrderWithoutLinesIsRefused() {
        refused(json -> json.replaceAll("(?s)\"lines\": \\[.*?}}],", "\"lines\": [],"), "firstOrder.lines has no line");
    }

    @Test
    void totalsInAnotherCurrencyThanTheLinesAreRefused() {
        refused(json -> json.replace("\"total\": {\"amount\": \"2130.06\", \"currency\": \"EUR\"}",
                "\"total\": {\"amount\": \"2130.06\", \"currency\": \"USD\"}"),
                "firstOrder.totals.total is in USD, not the document currency EUR");
    }

    @Test
    void twoLinesWithTheSameNumberAreRefused() {
        refused(json -> json.replace("\"lineNo\": 2", "\"lineNo\": 1"),
                "firstOrder.lines[1].lineNo is 1, the number of an earlier line");
    }

    @Test
    void aDealClosedWithoutItsSignedContractIsRefused() {
        refused(json -> json.replaceFirst("\"contractId\": \"[^\"]+\", ", ""),
                "contractId is missing; a deal closes only on a signed contract");
    }

    @Test
    void aDealClosedWithoutItsAcceptedProposalIsRefused() {
        refused(json -> json.replaceFirst("\"proposalId\": \"[^\"]+\",", ""),
                "proposalId is missing; a deal closes only on an accepted proposal");
    }

    @Test
    void aDealClosedWithoutASignatureTimeIsRefused() {
        refused(json -> json.replace("\"signedAt\": \"2026-11-30T15:00:00Z\", ", ""), "signedAt is missing");
    }

    @Test
    void aDealClosedInTheFutureIsRefused() {
        refused(json -> json.replace("\"closedAt\": \"2026-11-30T15:05:00Z\"", "\"closedAt\": \"2099-01-01T00:00:00Z\""),
                "closedAt is 2099-01-01T00:00:00Z, in the future");
    }

    @Test
    void aContractSignedAfterTheDealClosedIsRefused() {
        refused(json -> json.replace("\"signedAt\": \"2026-11-30T15:00:00Z\"", "\"signedAt\": \"2026-11-30T16:00:00Z\""),
                "signedAt is 2026-11-30T16:00:00Z, after closedAt 2026-11-30T15:05:00Z");
    }

    @Test
    void aConsistentEventIsStillTakenIn() {
        UUID dealId = UUID.randomUUID();
        DealClosedEvents.send(kafka(), UUID.randomUUID().toString(), dealId,
                DealClosedEvents.dealClosed(dealId, "Honest Trading Ltd"));
        assertEquals("2130.06", DealClosedEvents.awaitOne("/api/orders", dealId).getString("totals.total.amount"));
    }

    /** Sends the tampered event; it lands on the dead letter with the reason, and no customer or order exists. */
    private void refused(UnaryOperator<String> tamper, String reason) {
        UUID dealId = UUID.randomUUID();
        Refusals.refused(kafka(), "deal-closed", DealClosedEvents.TOPIC, DealClosedEvents.TYPE, dealId,
                tamper.apply(DealClosedEvents.dealClosed(dealId, "Tampered Ltd")), reason);
        given().queryParam("dealId", dealId.toString()).get("/api/customers").then().statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("dealId", dealId.toString()).get("/api/orders").then().statusCode(200)
                .body("items", hasSize(0));
    }
}
