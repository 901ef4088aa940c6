package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The pipeline-value report: open value per stage, won revenue by where the deals came from (the
 * attribution the hand-over carried), converted into the base currency only with an admin's
 * dated reporting rate.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class PipelineValueTest {

    static final String LINE = "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"4\", \"taxRatePercent\": \"19\"}";
    static final String ATTRIBUTION =
            "\"attribution\": {\"sourceKind\": \"WEB_FORM\", \"sourceDetail\": \"Contact us\", \"campaign\": \"%s\"}, ";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    /** A sent proposal of a deal that came from the web form's campaign; answers it and its total. */
    Drafts.Draft sentFrom(String campaign) {
        UUID dealId = UUID.randomUUID();
        Drafts.send(kafka, UUID.randomUUID().toString(), dealId,
                Drafts.readyForProposal(dealId, "Analytical Engines Ltd", "PURCHASE_ORDER")
                        .replace("\"readyAt\":", ATTRIBUTION.formatted(campaign) + "\"readyAt\":"));
        Drafts.Draft draft = new Drafts.Draft(dealId, Drafts.awaitProposalOf(dealId));
        Drafts.addLine(draft.id(), LINE);
        given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(200);
        return draft;
    }

    @Test
    void openValuePerStageAndWonRevenueBySourceConvertedOnlyWithAStatedRate() {
        Tokens.signIn("ada.admin", Roles.ADMIN);
        given().contentType(ContentType.JSON).body("{\"rate\": \"0.9\"}")
                .put("/api/reporting-rates/{currency}/{date}", "usd", "2026-03-01")
                .then().statusCode(200).body("currency", equalTo("USD")).body("baseCurrency", equalTo("EUR"))
                .body("rate", equalTo("0.9")).body("validFrom", equalTo("2026-03-01"));
        given().get("/api/reporting-rates").then().statusCode(200).body("baseCurrency", equalTo("EUR"))
                .body("items.validFrom", hasItem("2026-03-01"));

        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        JsonPath before = report("2026-03-10");
        Drafts.Draft open = sentFrom("spring-2026");
        Drafts.Draft accepted = sentFrom("spring-2026");
        CustomerPages.accept(accepted.id(), 1).statusCode(200);
        BigDecimal total = new BigDecimal(given().get("/api/proposals/{id}", open.id()).then()
                .extract().<String>path("totals.total.amount"));

        JsonPath during = report("2026-03-10");
        assertEquals(eur(before, 0).add(total), eur(during, 0), "the sent proposal is open at the proposal stage");
        assertEquals(eur(before, 1).add(total), eur(during, 1), "the accepted one waits at the contract stage");
        assertEquals(before.getLong("openValue[1].deals") + 1, during.getLong("openValue[1].deals"));

        // The deal closes at the contract stage with a first order in US dollars.
        try (EventSender sender = new EventSender(kafka)) {
            sender.send("sales.deal.closed", UUID.randomUUID().toString(), "io.salespipeline.contract.DealClosed.v1",
                    accepted.dealId(), """
                            {"dealId": "%s", "closedAt": "2026-03-10T10:00:00Z", "somethingNew": true,
                             "firstOrder": {"totals": {"total": {"amount": "1000.00", "currency": "USD"}}}}"""
                            .formatted(accepted.dealId()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("from", "2026-03-10T00:00:00Z")
                .queryParam("to", "2026-03-11T00:00:00Z").queryParam("ratesOn", "2026-03-10")
                .get("/api/pipeline-value").then().statusCode(200)
                .body("baseCurrency", equalTo("EUR")).body("ratesOn", equalTo("2026-03-10"))
                .body("wonRevenue.deals", equalTo(1))
                .body("wonRevenue.bySource.sourceKind", contains("WEB_FORM"))
                .body("wonRevenue.bySource[0].sourceDetail", equalTo("Contact us"))
                .body("wonRevenue.bySource[0].campaign", equalTo("spring-2026"))
                .body("wonRevenue.bySource[0].value.byCurrency[0].total.amount", equalTo("1000.00"))
                .body("wonRevenue.bySource[0].value.byCurrency[0].total.currency", equalTo("USD"))
                .body("wonRevenue.bySource[0].value.inBaseCurrency.amount", equalTo("900.00"))
                .body("wonRevenue.bySource[0].value.complete", equalTo(true))
                .body("wonRevenue.bySource[0].value.ratesUsed[0].validFrom", equalTo("2026-03-01")));
        assertEquals(eur(before, 1), eur(report("2026-03-10"), 1), "a won deal is no longer open");

        // Before the first USD rate: listed as without a rate, not converted.
        given().queryParam("from", "2026-03-10T00:00:00Z").queryParam("to", "2026-03-11T00:00:00Z")
                .queryParam("ratesOn", "2026-02-28").get("/api/pipeline-value").then().statusCode(200)
                .body("wonRevenue.value.withoutRate", contains("USD"))
                .body("wonRevenue.value.complete", equalTo(false))
                .body("wonRevenue.value.inBaseCurrency.amount", equalTo("0.00"));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        Tokens.signIn("ada.admin", Roles.ADMIN);
        given().contentType(ContentType.JSON).body("{\"rate\": \"1\"}")
                .put("/api/reporting-rates/{currency}/{date}", "EUR", "2026-03-01").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"rate\": \"0\"}")
                .put("/api/reporting-rates/{currency}/{date}", "GBP", "2026-03-01").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"rate\": \"1.1\"}")
                .put("/api/reporting-rates/{currency}/{date}", "GBP", "March").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"rate\": \"1.1\"}")
                .put("/api/reporting-rates/{currency}/{date}", "XYZ", "2026-03-01").then().statusCode(400);
        given().get("/api/reporting-rates").then().statusCode(200).body("items.currency", org.hamcrest.Matchers
                .not(hasItem("GBP")));

        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        given().queryParam("ratesOn", "yesterday").get("/api/pipeline-value").then().statusCode(400);
        given().queryParam("from", "2026-03-11T00:00:00Z").queryParam("to", "2026-03-10T00:00:00Z")
                .get("/api/pipeline-value").then().statusCode(400);
    }

    /** The EUR amount open at a stage (0: proposal, 1: contract), zero when none. */
    private static BigDecimal eur(JsonPath report, int stage) {
        String amount = report.getString("openValue[" + stage + "].value.byCurrency.find { it.total.currency == 'EUR' }.total.amount");
        return amount == null ? BigDecimal.ZERO : new BigDecimal(amount);
    }

    private static JsonPath report(String ratesOn) {
        return given().queryParam("ratesOn", ratesOn).get("/api/pipeline-value").then().statusCode(200)
                .body("openValue.stage", contains("PROPOSAL", "CONTRACT")).extract().jsonPath();
    }
}
