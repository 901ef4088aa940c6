package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sending a contract (sales.contract.sent), each signature (sales.contract.signed) and the
 * signature that completes it (sales.contract.fully-signed) are published once each, keyed by the
 * deal, without the signers' names or addresses; a refused sending or signature publishes nothing.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class ContractEventsPublishedTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @Test
    void sendingEachSignatureAndTheCompletionArePublishedOnceAndRefusalsNotAtAll() throws Exception {
        UUID dealId = UUID.randomUUID();
        Predicate<EventTap.Event> ofDeal = e -> dealId.toString().equals(e.key());
        String id = AcceptedProposals.contractFor(kafka, dealId, UUID.randomUUID().toString());
        try (EventTap sent = new EventTap(kafka, "sales.contract.sent");
                EventTap signed = new EventTap(kafka, "sales.contract.signed");
                EventTap fullySigned = new EventTap(kafka, "sales.contract.fully-signed")) {
            String hash = AcceptedProposals.sha256(given().get("/api/contracts/{id}/document", id).then()
                    .statusCode(200).extract().asByteArray());
            signature(id, "SELLER", hash).statusCode(409); // not sent yet
            given().post("/api/contracts/{id}/sending", id).then().statusCode(200);
            given().post("/api/contracts/{id}/sending", id).then().statusCode(409); // sent already

            List<EventTap.Event> sending = sent.awaitAll(ofDeal, TIMEOUT, SETTLE);
            assertEquals(1, sending.size(), "one sending, none for the refused one: " + sending);
            assertEquals("io.salespipeline.contract.ContractSent.v1", sending.get(0).header("ce_type"));
            assertEquals(dealId.toString(), sending.get(0).header("ce_subject"));
            JsonPath sentData = JsonPath.from(sending.get(0).value());
            assertEquals(id, sentData.getString("contractId"));
            assertEquals(hash, sentData.getString("documentSha256"));
            assertEquals("max.manager (sales-manager)", sentData.getString("sentBy"));

            signature(id, "SELLER", "0".repeat(64)).statusCode(409); // saw another text
            AcceptedProposals.sign(id, "SELLER", hash);
            signature(id, "SELLER", hash).statusCode(409); // signed already
            List<EventTap.Event> first = signed.awaitAll(ofDeal, TIMEOUT, SETTLE);
            assertEquals(1, first.size(), "one signature, none for the refused ones: " + first);
            assertEquals("io.salespipeline.contract.ContractSigned.v1", first.get(0).header("ce_type"));
            JsonPath seller = JsonPath.from(first.get(0).value());
            assertEquals("SELLER", seller.getString("signerRole"));
            assertEquals(hash, seller.getString("documentSha256"));
            assertFalse(seller.getBoolean("complete"));
            assertFalse(first.get(0).value().contains("example.com") || first.get(0).value().contains("person"),
                    "no signer name or address: " + first.get(0).value());
            assertEquals(List.of(), fullySigned.collect(ofDeal, SETTLE));

            AcceptedProposals.sign(id, "CUSTOMER", hash);
            List<EventTap.Event> complete = fullySigned.awaitAll(ofDeal, TIMEOUT, SETTLE);
            assertEquals(1, complete.size(), "one completion: " + complete);
            assertEquals("io.salespipeline.contract.ContractFullySigned.v1", complete.get(0).header("ce_type"));
            JsonPath done = JsonPath.from(complete.get(0).value());
            assertEquals(id, done.getString("contractId"));
            assertEquals(hash, done.getString("documentSha256"));
            signed.await(ofDeal.and(e -> JsonPath.from(e.value()).getBoolean("complete")), TIMEOUT);
            List<EventTap.Event> both = signed.collect(ofDeal, SETTLE);
            assertEquals(2, both.size(), "one event per signature: " + both);
            JsonPath customer = JsonPath.from(both.get(1).value());
            assertEquals("CUSTOMER", customer.getString("signerRole"));
            assertTrue(customer.getBoolean("complete"));
            assertEquals(done.getString("signedAt"), customer.getString("signedAt"));
            assertEquals(1, sent.collect(ofDeal, Duration.ZERO).size());
        }
    }

    private static io.restassured.response.ValidatableResponse signature(String id, String role, String hash) {
        return given().contentType(ContentType.JSON).body("""
                {"signerName": "Someone", "signerEmail": "someone@example.org", "role": "%s", "documentSha256": "%s"}"""
                .formatted(role, hash)).post("/api/contracts/{id}/signatures", id).then();
    }
}
