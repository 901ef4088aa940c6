package io.salespipeline.contract.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.contract.api.AcceptedProposals;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Anyone who can publish on sales.proposal.accepted could state any amounts: the consumer prices
 * the accepted lines again and refuses an event that contradicts itself; no contract is drafted.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class TamperedProposalAcceptedTest {

    private static final String TOPIC = "sales.proposal.accepted";
    private static final String TYPE = "io.salespipeline.proposal.ProposalAccepted.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

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
    void aConsistentEventStillDraftsTheContract() {
        String id = AcceptedProposals.contractFor(kafka, UUID.randomUUID(), UUID.randomUUID().toString());
        given().get("/api/contracts/{id}", id).then().statusCode(200);
    }

    /** Sends the tampered event; it lands on the dead letter with the reason, and the deal has no contract. */
    private void refused(UnaryOperator<String> tamper, String reason) {
        UUID dealId = UUID.randomUUID();
        String json = tamper.apply(AcceptedProposals.ACCEPTED.formatted(UUID.randomUUID(), dealId));
        try (EventTap deadLetters = new EventTap(kafka, "dead-letter-topic-proposal-accepted");
                EventSender sender = new EventSender(kafka)) {
            sender.send(TOPIC, UUID.randomUUID().toString(), TYPE, dealId, json);
            EventTap.Event parked = deadLetters.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(60));
            assertEquals(TOPIC, parked.header("dead-letter-topic"));
            String deadLetterReason = parked.header("dead-letter-reason");
            assertTrue(deadLetterReason != null && deadLetterReason.contains(reason),
                    "dead-letter-reason: " + deadLetterReason);
        }
        given().queryParam("dealId", dealId.toString()).get("/api/contracts").then().statusCode(200)
                .body("items", hasSize(0));
    }
}
