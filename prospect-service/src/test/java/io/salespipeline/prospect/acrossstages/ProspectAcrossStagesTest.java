package io.salespipeline.prospect.acrossstages;

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
import io.salespipeline.prospect.LeadQualifiedFixture;
import io.salespipeline.prospect.api.ProspectResourceTest;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Across the stages in prospect-service: a later loss marks the prospect LOST; audit trail; the prospect stage's figures. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class ProspectAcrossStagesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    EventSender sender;

    @BeforeEach
    void openSender() {
        // A sales manager works prospects and reads the audit trail and the funnel.
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        sender = new EventSender(kafka);
    }

    @AfterEach
    void closeSender() {
        sender.close();
    }

    /**
     * Opens a prospect through its hand-off event. Waits longer than the shared fixture: when this
     * class runs first, the consumer's first partition assignment on a loaded machine can take over 30 s.
     */
    String open(UUID dealId) {
        sender.send(LeadQualifiedFixture.TOPIC, UUID.randomUUID().toString(), LeadQualifiedFixture.TYPE, dealId,
                LeadQualifiedFixture.leadQualified(dealId, "Grace Hopper"));
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> LeadQualifiedFixture.prospectIds(dealId), ids -> !ids.isEmpty()).get(0);
    }

    String readyProspect(UUID dealId) {
        String id = open(dealId);
        ProspectResourceTest.putProfile(id);
        ProspectResourceTest.addApplication(id);
        given().post("/api/prospects/{id}/readiness", id).then().statusCode(200)
                .body("status", equalTo("READY_FOR_PROPOSAL"));
        return id;
    }

    void lose(UUID dealId, String stage, String reason, String eventId) {
        sender.send("sales.deal.lost", eventId, "io.salespipeline.contract.DealLost.v1", dealId, """
                {"dealId": "%s", "stage": "%s", "reason": "%s", "lostAt": "2026-11-23T10:00:00Z"}"""
                .formatted(dealId, stage, reason));
    }

    @Test
    void aLossAtALaterStageMarksTheProspectLostOnceWithTheReason() {
        UUID dealId = UUID.randomUUID();
        String id = readyProspect(dealId);
        String eventId = UUID.randomUUID().toString();
        lose(dealId, "CONTRACT", "Declined the liability clause", eventId);
        lose(dealId, "CONTRACT", "Declined the liability clause", eventId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/prospects/{id}", id)
                .then().body("status", equalTo("LOST"))
                .body("lossReason", equalTo("Deal lost at CONTRACT: Declined the liability clause")));
        // A second loss of an already lost deal changes nothing; the reason kept is the first.
        lose(dealId, "PROPOSAL", "Other", UUID.randomUUID().toString());
        UUID marker = UUID.randomUUID();
        String markerId = open(marker);
        lose(marker, "PROPOSAL", "Marker", UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/prospects/{id}", markerId)
                .then().body("status", equalTo("LOST")));
        given().get("/api/prospects/{id}", id).then()
                .body("lossReason", equalTo("Deal lost at CONTRACT: Declined the liability clause"));
        given().queryParam("recordId", id).get("/api/audit").then().statusCode(200)
                .body("items.recordType", hasItem("Application"))
                .body("items.find { it.cause != null && it.cause.startsWith('event io.salespipeline.contract.DealLost.v1') }"
                        + ".changes.find { it.field == 'status' }.to", equalTo("LOST"));
    }

    @Test
    void theProspectStageFiguresCountForwardLostAndStillInStage() {
        JsonPath before = figures();
        double lostBefore = metric("outcome=\"LOST\"");
        readyProspect(UUID.randomUUID());
        String lostHere = open(UUID.randomUUID());
        given().contentType(ContentType.JSON).body("{\"reason\": \"Chose a competitor\"}")
                .post("/api/prospects/{id}/loss", lostHere).then().statusCode(200).body("status", equalTo("LOST"));
        UUID lostLater = UUID.randomUUID();
        String inDiscovery = open(lostLater);
        lose(lostLater, "PROPOSAL", "Proposal withdrawn", UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/prospects/{id}", inDiscovery)
                .then().body("status", equalTo("LOST")));
        open(UUID.randomUUID());

        JsonPath after = figures();
        assertEquals(before.getLong("entered") + 4, after.getLong("entered"));
        assertEquals(before.getLong("leftForward") + 1, after.getLong("leftForward"));
        assertEquals(before.getLong("lost") + 2, after.getLong("lost"));
        assertEquals(before.getLong("stillInStage") + 1, after.getLong("stillInStage"));
        assertEquals("PROSPECT", after.getString("stage"));
        assertEquals(lostBefore + 2, metric("outcome=\"LOST\""));
    }

    private static JsonPath figures() {
        return given().queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2100-01-01T00:00:00Z")
                .get("/api/stage-metrics").then().statusCode(200).extract().jsonPath();
    }

    private static double metric(String label) {
        return PrometheusText.value(given().get("/q/metrics").then().extract().asString(), "sales_stage_left_total",
                "stage=\"PROSPECT\"", label);
    }
}
