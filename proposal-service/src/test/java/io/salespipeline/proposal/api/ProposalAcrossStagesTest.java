package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
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

/** Across the stages in proposal-service: a loss elsewhere withdraws the open proposal or marks the accepted one; audit; figures. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ProposalAcrossStagesTest {

    // A sales manager works proposals and reads the audit trail and the funnel.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    static final String LINE = "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"4\", \"taxRatePercent\": \"19\"}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    Drafts.Draft sent() {
        Drafts.Draft draft = Drafts.draft(kafka, "PURCHASE_ORDER");
        Drafts.addLine(draft.id(), LINE);
        given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(200);
        return draft;
    }

    void lose(UUID dealId, String stage, String reason) {
        try (EventSender sender = new EventSender(kafka)) {
            sender.send("sales.deal.lost", UUID.randomUUID().toString(), "io.salespipeline.prospect.DealLost.v1", dealId,
                    "{\"dealId\": \"%s\", \"stage\": \"%s\", \"reason\": \"%s\", \"lostAt\": \"2026-11-23T10:00:00Z\"}"
                            .formatted(dealId, stage, reason));
        }
    }

    @Test
    void aLossElsewhereWithdrawsOpenProposalsMarksAcceptedOnesAndTheFiguresAddUp() {
        JsonPath before = figures();
        double lostMeter = meter("LOST");

        Drafts.Draft open = sent();
        Drafts.Draft accepted = sent();
        CustomerPages.accept(accepted.id(), 1).statusCode(200);
        Drafts.Draft rejected = sent();
        CustomerPages.reject(rejected.id(), 1, "Too expensive").statusCode(200);
        Drafts.Draft stillDraft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");

        lose(open.dealId(), "PROSPECT", "Budget frozen");
        lose(accepted.dealId(), "CONTRACT", "Declined the liability clause");
        lose(rejected.dealId(), "PROSPECT", "Went with a competitor");
        lose(stillDraft.dealId(), "PROPOSAL", "This stage's own loss is not for it to react to");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/proposals/{id}", open.id())
                .then().body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("Deal lost at PROSPECT: Budget frozen")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/proposals/{id}", accepted.id())
                .then().body("status", equalTo("ACCEPTED")).body("dealLoss.stage", equalTo("CONTRACT"))
                .body("dealLoss.reason", equalTo("Deal lost at CONTRACT: Declined the liability clause")));
        // The withdrawn proposal can no longer be accepted: its customer link was revoked.
        CustomerPages.accept(open.id(), 1).statusCode(410).body("type", endsWith("/customer-link-revoked"));
        // A closed proposal (rejected) and this stage's own loss are left alone; the marker above proves the
        // consumer has passed them (one partition per deal key is not guaranteed, so wait a moment for both).
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            given().get("/api/proposals/{id}", rejected.id()).then().body("status", equalTo("REJECTED"))
                    .body("dealLoss", nullValue());
            given().get("/api/proposals/{id}", stillDraft.id()).then().body("status", equalTo("DRAFT"));
        });

        JsonPath after = figures();
        assertEquals(before.getLong("entered") + 4, after.getLong("entered"));
        assertEquals(before.getLong("leftForward") + 1, after.getLong("leftForward"));
        assertEquals(before.getLong("returned") + 1, after.getLong("returned"));
        assertEquals(before.getLong("lost") + 1, after.getLong("lost"));
        assertEquals(before.getLong("stillInStage") + 1, after.getLong("stillInStage"));
        assertEquals(lostMeter + 1, meter("LOST"));

        // The audit trail shows the lines added (a collection of the proposal) and the withdrawal.
        given().queryParam("recordId", open.id()).get("/api/audit").then().statusCode(200)
                .body("items.changes.flatten().field", hasItem("lines"))
                .body("items.changes.flatten().to", hasItem("WITHDRAWN"));
        given().queryParam("dealId", open.dealId().toString()).get("/api/audit").then().statusCode(200)
                .body("items[0].action", equalTo("CREATE"));
    }

    private static JsonPath figures() {
        return given().queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2100-01-01T00:00:00Z")
                .get("/api/stage-metrics").then().statusCode(200).body("stage", equalTo("PROPOSAL"))
                .extract().jsonPath();
    }

    private static double meter(String outcome) {
        return PrometheusText.value(given().get("/q/metrics").then().extract().asString(), "sales_stage_left_total",
                "stage=\"PROPOSAL\"", "outcome=\"" + outcome + "\"");
    }
}
