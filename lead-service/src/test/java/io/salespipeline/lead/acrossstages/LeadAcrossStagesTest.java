package io.salespipeline.lead.acrossstages;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Across the stages in lead-service: a later loss marks the qualified lead, the audit trail, the lead stage's figures. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class LeadAcrossStagesTest {

    // A sales manager works leads and reads the audit trail and the funnel.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    private static final String WINDOW_FROM = "2020-01-01T00:00:00Z";
    private static final String WINDOW_TO = "2100-01-01T00:00:00Z";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    static String lossEvent(String dealId, String stage, String reason) {
        return """
                {"dealId": "%s", "stage": "%s", "reason": "%s", "lostAt": "2026-11-23T10:00:00Z", "extra": {"x": 1}}"""
                .formatted(dealId, stage, reason);
    }

    @Test
    void aDealLostLaterMarksTheQualifiedLeadOnceAndKeepsItQualified() {
        String id = Leads.create("lost-later@example.com");
        String dealId = Leads.qualify(id);
        try (EventSender sender = new EventSender(kafka)) {
            String eventId = UUID.randomUUID().toString();
            String first = lossEvent(dealId, "CONTRACT", "Customer declined the terms");
            sender.send("sales.deal.lost", eventId, "io.salespipeline.contract.DealLost.v1", UUID.fromString(dealId), first);
            sender.send("sales.deal.lost", eventId, "io.salespipeline.contract.DealLost.v1", UUID.fromString(dealId), first);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/leads/{id}", id)
                    .then().statusCode(200).body("status", equalTo("QUALIFIED"))
                    .body("dealLoss.stage", equalTo("CONTRACT"))
                    .body("dealLoss.reason", equalTo("Deal lost at CONTRACT: Customer declined the terms"))
                    .body("dealLoss.lostAt", equalTo("2026-11-23T10:00:00Z")));
            // A second, different report of the same deal's loss keeps the first outcome.
            sender.send("sales.deal.lost", UUID.randomUUID().toString(), "io.salespipeline.prospect.DealLost.v1",
                    UUID.fromString(dealId), lossEvent(dealId, "PROSPECT", "Another reason"));
            String marker = Leads.create("marker@example.com");
            String markerDeal = Leads.qualify(marker);
            sender.send("sales.deal.lost", UUID.randomUUID().toString(), "io.salespipeline.prospect.DealLost.v1",
                    UUID.fromString(markerDeal), lossEvent(markerDeal, "PROSPECT", "Went quiet"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/leads/{id}", marker)
                    .then().body("dealLoss.stage", equalTo("PROSPECT")));
            given().get("/api/leads/{id}", id).then().body("dealLoss.stage", equalTo("CONTRACT"));
        }
        // The loss and who caused it are in the lead's audit trail.
        JsonPath trail = given().queryParam("recordId", id).get("/api/audit").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = trail.getList("items");
        Map<String, Object> lossEntry = items.get(items.size() - 1);
        assertTrue(((String) lossEntry.get("cause")).startsWith("event io.salespipeline.contract.DealLost.v1 "),
                lossEntry.toString());
        assertEquals("system", lossEntry.get("actor"));
    }

    @Test
    void aLossAtTheLeadStageItselfOrOfAnUnknownDealChangesNothing() {
        String id = Leads.create("own-stage@example.com");
        String dealId = Leads.qualify(id);
        try (EventSender sender = new EventSender(kafka)) {
            sender.send("sales.deal.lost", UUID.randomUUID().toString(), "io.salespipeline.lead.DealLost.v1",
                    UUID.fromString(dealId), lossEvent(dealId, "LEAD", "not for us"));
            UUID unknown = UUID.randomUUID();
            sender.send("sales.deal.lost", UUID.randomUUID().toString(), "io.salespipeline.prospect.DealLost.v1",
                    unknown, lossEvent(unknown.toString(), "PROSPECT", "never here"));
            String marker = Leads.create("marker2@example.com");
            String markerDeal = Leads.qualify(marker);
            sender.send("sales.deal.lost", UUID.randomUUID().toString(), "io.salespipeline.prospect.DealLost.v1",
                    UUID.fromString(markerDeal), lossEvent(markerDeal, "PROSPECT", "Went quiet"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/leads/{id}", marker)
                    .then().body("dealLoss.stage", equalTo("PROSPECT")));
        }
        given().get("/api/leads/{id}", id).then().body("dealLoss", nullValue());
    }

    @Test
    void everyChangeOfALeadIsAuditedWithWhoWhatAndWhen() {
        String id = Leads.create("audit@example.com");
        Leads.qualify(id);
        given().queryParam("recordId", id).get("/api/audit").then().statusCode(200)
                // the lead, its first arrival (the source it came by: a part of the lead), assessment, interest,
                // and the deal it started joining its company's account (written after the account is found)
                .body("items.size()", equalTo(5))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].recordType", equalTo("Lead"))
                .body("items[0].actor", equalTo("max.manager (sales-manager)"))
                .body("items[0].cause", equalTo("POST /api/leads"))
                .body("items[0].changes.field", hasItem("email"))
                // personal data is named, never copied into the trail
                .body("items[0].changes.find { it.field == 'email' }.to", nullValue())
                .body("items[0].changes.find { it.field == 'status' }.to", equalTo("NEW"))
                .body("items[1].action", equalTo("CREATE"))
                .body("items[1].recordType", equalTo("LeadSource"))
                .body("items[1].cause", equalTo("POST /api/leads"))
                .body("items[2].cause", equalTo("POST /api/leads/" + id + "/assessment"))
                .body("items[2].changes.find { it.field == 'assessmentViable' }.to", equalTo("true"))
                // the interest's two entries (the status, the account) may stand in either order
                .body("items[3..4].cause", everyItem(startsWith("POST /api/leads/" + id + "/interest")))
                .body("items[3..4].collectMany { it.changes }.find { it.field == 'status' }.from", equalTo("NEW"))
                .body("items[3..4].collectMany { it.changes }.find { it.field == 'status' }.to", equalTo("QUALIFIED"))
                .body("items[3..4].collectMany { it.changes }.field", hasItem("accountId"))
                .body("items[3].at", org.hamcrest.Matchers.notNullValue());
        given().queryParam("recordId", id).queryParam("limit", "2").get("/api/audit").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
        given().get("/api/audit").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("recordId", id).queryParam("cursor", "nonsense").get("/api/audit").then().statusCode(400);
    }

    @Test
    void theLeadStageFiguresCountEntriesExitsAndTimeInStage() {
        JsonPath before = figures();
        double enteredBefore = metric("sales_stage_entered_total", "stage=\"LEAD\"");
        double lostBefore = metric("sales_stage_left_total", "stage=\"LEAD\"", "outcome=\"LOST\"");
        String qualified = Leads.create("figures-q@example.com");
        Leads.qualify(qualified);
        String disqualified = Leads.create("figures-d@example.com");
        given().contentType(ContentType.JSON).body("{\"viable\": false, \"reasons\": \"No budget\"}")
                .post("/api/leads/{id}/assessment", disqualified).then().statusCode(200);
        String manual = Leads.create("figures-m@example.com");
        given().contentType(ContentType.JSON).body("{\"reason\": \"Wrong company\"}")
                .post("/api/leads/{id}/disqualification", manual).then().statusCode(200);
        Leads.create("figures-open@example.com");

        JsonPath after = figures();
        assertEquals(before.getLong("entered") + 4, after.getLong("entered"));
        assertEquals(before.getLong("leftForward") + 1, after.getLong("leftForward"));
        assertEquals(before.getLong("lost") + 2, after.getLong("lost"));
        assertEquals(before.getLong("stillInStage") + 1, after.getLong("stillInStage"));
        assertEquals(after.getLong("entered"), after.getLong("leftForward") + after.getLong("lost")
                + after.getLong("returned") + after.getLong("ended") + after.getLong("stillInStage"));
        assertEquals(after.getLong("entered") - after.getLong("stillInStage"), after.getLong("timeInStage.measured"));
        assertTrue(after.getString("timeInStage.median").startsWith("PT"));
        assertTrue(Double.parseDouble(after.getString("timeInStage.p90Seconds"))
                >= Double.parseDouble(after.getString("timeInStage.medianSeconds")));
        assertEquals("LEAD", after.getString("stage"));

        assertEquals(enteredBefore + 4, metric("sales_stage_entered_total", "stage=\"LEAD\""));
        assertEquals(lostBefore + 2, metric("sales_stage_left_total", "stage=\"LEAD\"", "outcome=\"LOST\""));
        assertTrue(metric("sales_stage_duration_seconds_count", "stage=\"LEAD\"", "outcome=\"FORWARD\"") >= 1);

        // A window that ended before these leads entered does not count them.
        given().queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2020-02-01T00:00:00Z")
                .get("/api/stage-metrics").then().statusCode(200).body("entered", equalTo(0))
                .body("forwardRate", nullValue()).body("timeInStage.median", nullValue());
        given().queryParam("from", "yesterday").get("/api/stage-metrics")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().queryParam("from", WINDOW_TO).queryParam("to", WINDOW_FROM).get("/api/stage-metrics")
                .then().statusCode(400);
    }

    private static JsonPath figures() {
        return given().queryParam("from", WINDOW_FROM).queryParam("to", WINDOW_TO).get("/api/stage-metrics")
                .then().statusCode(200).extract().jsonPath();
    }

    private static double metric(String name, String... labels) {
        return PrometheusText.value(given().get("/q/metrics").then().statusCode(200).extract().asString(), name, labels);
    }
}
