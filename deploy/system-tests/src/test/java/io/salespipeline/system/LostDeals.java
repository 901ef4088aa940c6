package io.salespipeline.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Across the stages: deals lost at every stage, through the public APIs of the running
 * services. Each earlier stage must mark the loss; a closed deal reaches fulfilment exactly once;
 * the stage figures of the deals driven here add up from stage to stage.
 */
final class LostDeals {

    private static final Duration HAND_OFF = Duration.ofSeconds(90);

    private final SalesSystem system;

    LostDeals(SalesSystem system) {
        this.system = system;
    }

    void run() {
        Instant from = Instant.now();

        // 1. Lost at the lead stage: disqualified. No deal starts.
        String disqualified = lead(101);
        given().baseUri(uri("lead")).contentType(ContentType.JSON).body("{\"viable\": false, \"reasons\": \"No budget\"}")
                .post("/api/leads/{id}/assessment", disqualified).then().statusCode(200)
                .body("status", equalTo("DISQUALIFIED")).body("dealId", nullValue());

        // 2. Lost as a prospect.
        String prospectLost = qualify(lead(102));
        String prospect = DealJourney.awaitOne(uri("prospect"), "/api/prospects", prospectLost).getString("id");
        lose("prospect", "/api/prospects/{id}/loss", prospect, "Chose a competitor");
        awaitLeadMarked(prospectLost, "PROSPECT", "Chose a competitor");

        // 3. Proposal rejected, and then the deal lost.
        String rejectedThenLost = qualify(lead(103));
        String prospect3 = ready(rejectedThenLost);
        String proposal3 = sentProposal(rejectedThenLost);
        CustomerBrowser.reject(CustomerBrowser.proposalLink(system.kafka(), proposal3, HAND_OFF), 1, "Too expensive",
                "LostDeals browser");
        lose("prospect", "/api/prospects/{id}/loss", prospect3, "Budget moved to next year");
        awaitLeadMarked(rejectedThenLost, "PROSPECT", "Budget moved to next year");
        given().baseUri(uri("proposal")).get("/api/proposals/{id}", proposal3).then()
                .body("status", equalTo("REJECTED")).body("dealLoss", nullValue());

        // 4. Contract declined: every earlier stage marks the loss.
        String declined = qualify(lead(104));
        String prospect4 = ready(declined);
        String proposal4 = sentProposal(declined);
        CustomerBrowser.accept(CustomerBrowser.proposalLink(system.kafka(), proposal4, HAND_OFF), 1, "LostDeals browser");
        String contract = DealJourney.awaitOne(uri("contract"), "/api/contracts", declined).getString("id");
        given().baseUri(uri("contract")).post("/api/contracts/{id}/sending", contract).then().statusCode(200);
        lose("contract", "/api/contracts/{id}/decline", contract, "Liability clause unacceptable");
        String reason = "Deal lost at CONTRACT: Liability clause unacceptable";
        awaitLeadMarked(declined, "CONTRACT", reason);
        await().atMost(HAND_OFF).untilAsserted(() -> given().baseUri(uri("prospect"))
                .get("/api/prospects/{id}", prospect4).then().body("status", equalTo("LOST")).body("lossReason", equalTo(reason)));
        await().atMost(HAND_OFF).untilAsserted(() -> given().baseUri(uri("proposal"))
                .get("/api/proposals/{id}", proposal4).then().body("status", equalTo("ACCEPTED"))
                .body("dealLoss.stage", equalTo("CONTRACT")).body("dealLoss.reason", equalTo(reason)));

        // 5. A closed deal reaches fulfilment exactly once, and no stage marks it lost.
        String closed = new DealJourney(system, 105).run().dealId();
        DealJourney.awaitOne(uri("fulfillment"), "/api/orders", closed);
        DealJourney.awaitOne(uri("fulfillment"), "/api/customers", closed);
        given().baseUri(uri("lead")).queryParam("dealId", closed).get("/api/leads").then()
                .body("items[0].dealLoss", nullValue());
        given().baseUri(uri("contract")).queryParam("dealId", closed).get("/api/contracts").then()
                .body("items[0].status", equalTo("SIGNED"));

        // The funnel of these five deals, stage by stage (entered, forward, lost, returned, ended, still in stage).
        Instant to = Instant.now().plusSeconds(1);
        assertFigures("lead", from, to, 5, 4, 1, 0, 0, 0);
        // prospects: 102 lost, 103 ready then lost after the rejection (its latest exit), 104 and 105 forward
        assertFigures("prospect", from, to, 4, 2, 2, 0, 0, 0);
        assertFigures("proposal", from, to, 3, 2, 0, 1, 0, 0);
        assertFigures("contract", from, to, 2, 1, 1, 0, 0, 0);
        assertFigures("fulfillment", from, to, 1, 0, 0, 0, 0, 1);
        // Conversion reads across stages: what left stage N forward entered stage N+1.
        assertEquals(figures("lead", from, to).getLong("leftForward"), figures("prospect", from, to).getLong("entered"));
        assertEquals(figures("proposal", from, to).getLong("leftForward"), figures("contract", from, to).getLong("entered"));
        assertEquals(figures("contract", from, to).getLong("leftForward"), figures("fulfillment", from, to).getLong("entered"));
    }

    private String uri(String service) {
        return system.uri(service);
    }

    private String lead(int n) {
        return given().baseUri(uri("lead")).contentType(ContentType.JSON).body("""
                {"name": "Lost Buyer %1$d", "email": "lost%1$d@customer%1$d.example", "company": "Lost %1$d AG",
                 "country": "DE", "source": {"kind": "REFERRAL", "detail": "partner"}}""".formatted(n))
                .post("/api/leads").then().statusCode(201).extract().path("id");
    }

    private String qualify(String lead) {
        given().baseUri(uri("lead")).contentType(ContentType.JSON).body("{\"viable\": true, \"reasons\": \"Fits\"}")
                .post("/api/leads/{id}/assessment", lead).then().statusCode(200);
        return given().baseUri(uri("lead")).contentType(ContentType.JSON)
                .body("{\"channel\": \"PHONE\", \"expressedAt\": \"2026-11-20T10:00:00Z\", \"topics\": \"pricing\"}")
                .post("/api/leads/{id}/interest", lead).then().statusCode(200).extract().path("dealId");
    }

    private String ready(String dealId) {
        String id = DealJourney.awaitOne(uri("prospect"), "/api/prospects", dealId).getString("id");
        given().baseUri(uri("prospect")).contentType(ContentType.JSON).body("""
                {"industry": "Retail", "companySize": "50-200", "businessModel": "B2C shops",
                 "decisionMakers": [{"name": "CEO", "role": "CEO", "influence": "HIGH"}],
                 "procurement": {"procedure": "ONE_PAGE_QUOTE"}}""").put("/api/prospects/{id}/profile", id)
                .then().statusCode(200);
        given().baseUri(uri("prospect")).contentType(ContentType.JSON).body("""
                {"product": "Pipeline CRM", "problem": "Spreadsheets", "costSaving": {"amount": "5000.00", "currency": "EUR"},
                 "period": "YEAR", "reasoning": "Less admin"}""").post("/api/prospects/{id}/applications", id)
                .then().statusCode(oneOf(200, 201));
        given().baseUri(uri("prospect")).post("/api/prospects/{id}/readiness", id).then().statusCode(200);
        return id;
    }

    private String sentProposal(String dealId) {
        String id = DealJourney.awaitOne(uri("proposal"), "/api/proposals", dealId).getString("id");
        given().baseUri(uri("proposal")).contentType(ContentType.JSON)
                .body("{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"5\", \"taxRatePercent\": \"19\"}")
                .post("/api/proposals/{id}/lines", id).then().statusCode(oneOf(200, 201));
        given().baseUri(uri("proposal")).post("/api/proposals/{id}/sending", id).then().statusCode(200);
        return id;
    }

    private void lose(String service, String path, String id, String reason) {
        // Written out: the system tests carry no JSON mapper, and these reasons are plain text.
        given().baseUri(uri(service)).contentType(ContentType.JSON).body("{\"reason\": \"%s\"}".formatted(reason))
                .post(path, id).then().statusCode(200);
    }

    private void awaitLeadMarked(String dealId, String stage, String reason) {
        await().atMost(HAND_OFF).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> given().baseUri(uri("lead"))
                .queryParam("dealId", dealId).get("/api/leads").then().statusCode(200)
                .body("items[0].status", equalTo("QUALIFIED"))
                .body("items[0].dealLoss.stage", equalTo(stage))
                .body("items[0].dealLoss.reason", org.hamcrest.Matchers.endsWith(reason)));
    }

    private JsonPath figures(String service, Instant from, Instant to) {
        return given().baseUri(uri(service)).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/stage-metrics").then().statusCode(200).extract().jsonPath();
    }

    private void assertFigures(String service, Instant from, Instant to, long entered, long forward, long lost,
            long returned, long ended, long still) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath figures = figures(service, from, to);
            assertEquals(Map.of("entered", entered, "leftForward", forward, "lost", lost, "returned", returned,
                    "ended", ended, "stillInStage", still),
                    Map.of("entered", figures.getLong("entered"), "leftForward", figures.getLong("leftForward"),
                            "lost", figures.getLong("lost"), "returned", figures.getLong("returned"),
                            "ended", figures.getLong("ended"), "stillInStage", figures.getLong("stillInStage")),
                    service + " figures");
        });
    }
}
