package io.salespipeline.contract.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.contract.api.AcceptedProposals;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Refusals;
import io.salespipeline.infra.testing.SalesManagerTest;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Anyone who can publish on sales.proposal.accepted could state anything: the consumer prices the
 * accepted lines again, checks the acceptance is past and that a deal accepts one proposal, and
 * refuses an event that contradicts itself or the contract drafted; no contract is drafted or changed.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class TamperedProposalAcceptedTest extends SalesManagerTest {

    private static final String TOPIC = "sales.proposal.accepted";
    private static final String TYPE = "io.salespipeline.proposal.ProposalAccepted.v1";

    @Test
    void linesPricedAtOneCentAreRefused() {
        // 10 seats at 29.00 less 7.5% stated as 0.01 EUR, and totals to match the lie.
        refused(json -> json
                .replace("\"net\": {\"amount\": \"268.25\"", "\"net\": {\"amount\": \"0.01\"")
                .replace("\"net\": {\"amount\": \"2668.25\"", "\"net\": {\"amount\": \"2400.01\""),
                "proposal.lines[0].net is 0.01 EUR but the line's price gives 268.25 EUR");
    }

    @Test
    void totalsTheLinesDoNotGiveAreRefused() {
        refused(json -> json.replace("\"total\": {\"amount\": \"3175.22\"", "\"total\": {\"amount\": \"0.01\""),
                "proposal.totals.total is 0.01 EUR but the sum of its lines gives 3175.22 EUR");
    }

    @Test
    void aLineInAnotherCurrencyIsRefused() {
        refused(json -> json.replace("{\"amount\": \"1200.00\", \"currency\": \"EUR\"}",
                "{\"amount\": \"1200.00\", \"currency\": \"USD\"}"),
                "proposal.lines[1].unitPrice is in USD, not the document currency EUR");
    }

    @Test
    void aNegativeQuantityIsRefused() {
        refused(json -> json.replace("\"quantity\": \"2\"", "\"quantity\": \"-2\"")
                .replace("\"amount\": \"2400.00\"", "\"amount\": \"-2400.00\""),
                "proposal.lines[1].quantity is -2; it must be positive");
    }

    @Test
    void aLineNumberNamedTwiceIsRefused() {
        refused(json -> json.replace("{\"lineNo\": 2,", "{\"lineNo\": 1,"),
                "an accepted proposal names each line number once");
    }

    @Test
    void anAcceptanceInTheFutureIsRefused() {
        refused(json -> json.replace("\"acceptedAt\": \"2026-11-23T10:00:00Z\"", "\"acceptedAt\": \"2099-11-23T10:00:00Z\""),
                "acceptedAt is 2099-11-23T10:00:00Z, in the future");
    }

    @Test
    void anAcceptanceNamingNoProposalIsRefused() {
        refused(json -> json.replaceFirst("\"proposalId\": \"[^\"]+\", ", ""), "proposalId is missing");
    }

    @Test
    void anotherProposalAcceptedForADealWithAContractIsRefusedAndTheContractStays() {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.contractFor(kafka(), dealId, UUID.randomUUID().toString());
        String proposalId = given().get("/api/contracts/{id}", id).then().extract().path("proposalId");
        UUID otherProposal = UUID.randomUUID();
        try (EventTap deadLetters = new EventTap(kafka(), "dead-letter-topic-proposal-accepted");
                EventSender sender = new EventSender(kafka())) {
            sender.send(TOPIC, UUID.randomUUID().toString(), TYPE, dealId, AcceptedProposals.ACCEPTED
                    .formatted(otherProposal, dealId).replace("\"quantity\": \"10\"", "\"quantity\": \"20\"")
                    .replace("268.25", "536.50").replace("50.97", "101.94").replace("319.22", "638.44")
                    .replace("2668.25", "2936.50").replace("506.97", "557.94").replace("3175.22", "3494.44"));
            EventTap.Event parked = deadLetters.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(60));
            String deadLetterReason = parked.header("dead-letter-reason");
            assertTrue(deadLetterReason != null && deadLetterReason.contains("already has contract " + id
                    + " drafted from proposal " + proposalId + " version 2") && deadLetterReason.contains(
                            "states proposal " + otherProposal + " version 2 accepted"), "dead-letter-reason: " + deadLetterReason);
        }
        given().queryParam("dealId", dealId.toString()).get("/api/contracts").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id))
                .body("items[0].proposalId", equalTo(proposalId))
                .body("items[0].totals.total.amount", equalTo("3175.22"));
    }

    @Test
    void aConsistentEventStillDraftsTheContract() {
        String id = AcceptedProposals.contractFor(kafka(), UUID.randomUUID(), UUID.randomUUID().toString());
        given().get("/api/contracts/{id}", id).then().statusCode(200);
    }

    /** Sends the tampered event; it lands on the dead letter with the reason, and the deal has no contract. */
    private void refused(UnaryOperator<String> tamper, String reason) {
        UUID dealId = UUID.randomUUID();
        Refusals.refused(kafka(), "proposal-accepted", TOPIC, TYPE, dealId,
                tamper.apply(AcceptedProposals.ACCEPTED.formatted(UUID.randomUUID(), dealId)), reason);
        given().queryParam("dealId", dealId.toString()).get("/api/contracts").then().statusCode(200)
                .body("items", hasSize(0));
    }
}
