package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.PrometheusText;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Across the stages in contract-service: an earlier loss voids the open contract; audit of signatures; the contract stage's figures. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class ContractAcrossStagesTest {

    // A sales manager works contracts and reads the audit trail and the funnel.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    /** A draft contract of the deal from a ProposalAccepted on the broker (the shared fixture, waiting up to 30 s). */
    private String contract(UUID dealId) {
        return AcceptedProposals.contractFor(kafka, dealId, UUID.randomUUID().toString(), Duration.ofSeconds(30));
    }

    private void lose(UUID dealId, String stage, String reason) {
        try (EventSender sender = new EventSender(kafka)) {
            sender.send("sales.deal.lost", UUID.randomUUID().toString(), "io.salespipeline.prospect.DealLost.v1", dealId,
                    "{\"dealId\": \"%s\", \"stage\": \"%s\", \"reason\": \"%s\", \"lostAt\": \"2026-11-23T10:00:00Z\"}"
                            .formatted(dealId, stage, reason));
        }
    }

    /** Signs over the hash of the exact PDF bytes the signer was shown. */
    private static String sign(String id, String role) throws Exception {
        String hash = AcceptedProposals.sha256(AcceptedProposals.document(id));
        AcceptedProposals.sign(id, role, hash);
        return hash;
    }

    @Test
    void anEarlierLossVoidsTheOpenContractAndTheFiguresAddUp() throws Exception {
        JsonPath before = figures();
        double forwardMeter = meter("FORWARD");

        UUID lostEarlier = UUID.randomUUID();
        String open = contract(lostEarlier);
        given().post("/api/contracts/{id}/sending", open).then().statusCode(200);

        UUID closedDeal = UUID.randomUUID();
        String closed = contract(closedDeal);
        given().post("/api/contracts/{id}/sending", closed).then().statusCode(200);
        sign(closed, "SELLER");
        sign(closed, "CUSTOMER");
        given().contentType(ContentType.JSON).body("{\"poNumber\": \"PO-1\"}")
                .post("/api/contracts/{id}/first-order", closed).then().statusCode(200);

        String declined = contract(UUID.randomUUID());
        given().post("/api/contracts/{id}/sending", declined).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"reason\": \"Liability clause\"}")
                .post("/api/contracts/{id}/decline", declined).then().statusCode(200);

        String voided = contract(UUID.randomUUID());
        given().contentType(ContentType.JSON).body("{\"reason\": \"Wrong customer entity\"}")
                .post("/api/contracts/{id}/voiding", voided).then().statusCode(200);

        String stillOpen = contract(UUID.randomUUID());

        lose(lostEarlier, "PROSPECT", "Budget frozen");
        lose(closedDeal, "PROSPECT", "Too late: a closed deal stays closed");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/contracts/{id}", open)
                .then().body("status", equalTo("VOIDED")).body("voidReason", equalTo("Deal lost at PROSPECT: Budget frozen")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/api/contracts/{id}", closed).then().body("status", equalTo("SIGNED")));

        JsonPath after = figures();
        assertEquals(before.getLong("entered") + 5, after.getLong("entered"));
        assertEquals(before.getLong("leftForward") + 1, after.getLong("leftForward"));
        assertEquals(before.getLong("lost") + 2, after.getLong("lost"));
        assertEquals(before.getLong("ended") + 1, after.getLong("ended"));
        assertEquals(before.getLong("stillInStage") + 1, after.getLong("stillInStage"));
        assertEquals(forwardMeter + 1, meter("FORWARD"));

        // Signatures are parts of the contract: its audit trail shows them, and the voiding by the event.
        given().queryParam("recordId", closed).get("/api/audit").then().statusCode(200)
                .body("items.recordType", hasItem("Signature"))
                .body("items.findAll { it.recordType == 'Signature' }.partOf", hasItem("Contract/" + closed));
        given().queryParam("recordId", open).get("/api/audit").then().statusCode(200)
                .body("items.cause", hasItem(org.hamcrest.Matchers.startsWith("event io.salespipeline.prospect.DealLost.v1")));
        given().get("/api/contracts/{id}", stillOpen).then().body("status", equalTo("DRAFT"));
    }

    private static JsonPath figures() {
        return given().queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2100-01-01T00:00:00Z")
                .get("/api/stage-metrics").then().statusCode(200).body("stage", equalTo("CONTRACT"))
                .extract().jsonPath();
    }

    private static double meter(String outcome) {
        return PrometheusText.value(given().get("/q/metrics").then().extract().asString(), "sales_stage_left_total",
                "stage=\"CONTRACT\"", "outcome=\"" + outcome + "\"");
    }
}
