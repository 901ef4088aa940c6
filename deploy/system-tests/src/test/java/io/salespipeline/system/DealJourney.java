package io.salespipeline.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.salespipeline.infra.testing.Tokens;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One deal driven through the public REST APIs of all five services, as a sales team and its
 * customer would: lead, qualification, orientation, proposal, contract, first order. Every fifth deal's
 * discount is beyond the standard discount policy: a sales manager approves it before it is sent.
 */
final class DealJourney {

    record Outcome(String dealId, BigDecimal acceptedTotal, String currency) {
    }

    private static final Duration HAND_OFF = Duration.ofSeconds(90);

    private final SalesSystem system;
    private final int n;

    /**
     * Like a front end that keeps one trace per deal, every call of the journey names the same
     * trace (W3C traceparent): the services' spans and their Kafka hand-offs join it.
     */
    private final String traceParent;

    DealJourney(SalesSystem system, int n) {
        this.system = system;
        this.n = n;
        byte[] ids = new byte[24];
        ThreadLocalRandom.current().nextBytes(ids);
        String hex = HexFormat.of().formatHex(ids);
        this.traceParent = "00-" + hex.substring(0, 32) + "-" + hex.substring(32) + "-01";
    }

    private RequestSpecification traced() {
        return given().header("traceparent", traceParent);
    }

    Outcome run() {
        String dealId = qualifyLead();
        prepareProspect(dealId);
        JsonPath accepted = proposeAndAccept(dealId);
        closeContract(dealId);
        return new Outcome(dealId, new BigDecimal(accepted.getString("totals.total.amount")),
                accepted.getString("totals.total.currency"));
    }

    private String qualifyLead() {
        String lead = system.uri("lead");
        String id = traced().baseUri(lead).contentType(ContentType.JSON).body("""
                {"name": "Buyer %1$d", "email": "buyer%1$d@customer%1$d.example", "phone": "+49 30 5550 1%1$03d",
                 "company": "Customer %1$d GmbH",
                 "jobTitle": "Head of Sales", "country": "DE",
                 "source": {"kind": "CONFERENCE", "detail": "SalesConf 2026"}}""".formatted(n))
                .post("/api/leads").then().statusCode(201).extract().path("id");
        traced().baseUri(lead).contentType(ContentType.JSON)
                .body("{\"viable\": true, \"reasons\": \"Budget and need confirmed\"}")
                .post("/api/leads/{id}/assessment", id).then().statusCode(200);
        return traced().baseUri(lead).contentType(ContentType.JSON)
                .body("{\"channel\": \"MEETING\", \"expressedAt\": \"2026-11-20T10:00:00Z\", \"topics\": \"analytics\"}")
                .post("/api/leads/{id}/interest", id).then().statusCode(200).extract().path("dealId");
    }

    private void prepareProspect(String dealId) {
        String prospects = system.uri("prospect");
        String id = awaitOne(prospects, "/api/prospects", dealId).getString("id");
        traced().baseUri(prospects).contentType(ContentType.JSON).body("""
                {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B components",
                 "cultureNotes": "Consensus-driven", "decisionMakers": [{"name": "CFO %d", "role": "CFO", "influence": "HIGH"}],
                 "procurement": {"procedure": "PURCHASE_ORDER", "notes": "PO above 10k"}}""".formatted(n))
                .put("/api/prospects/{id}/profile", id).then().statusCode(200);
        traced().baseUri(prospects).contentType(ContentType.JSON).body("""
                {"product": "Pipeline CRM", "problem": "Deals tracked in spreadsheets",
                 "costSaving": {"amount": "24000.00", "currency": "EUR"}, "timeSavingHours": "40",
                 "period": "YEAR", "reasoning": "Two fewer admin days a month"}""")
                .post("/api/prospects/{id}/applications", id).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        traced().baseUri(prospects).post("/api/prospects/{id}/readiness", id).then().statusCode(200);
    }

    private JsonPath proposeAndAccept(String dealId) {
        String proposals = system.uri("proposal");
        JsonPath draft = awaitOne(proposals, "/api/proposals", dealId);
        String id = draft.getString("id");
        traced().baseUri(proposals).contentType(ContentType.JSON)
                .body("{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"%d\", \"discountPercent\": \"%s\", \"taxRatePercent\": \"19\"}"
                        .formatted(10 + n, needsApproval() ? "25" : "7.5"))
                .post("/api/proposals/{id}/lines", id).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        traced().baseUri(proposals).contentType(ContentType.JSON)
                .body("{\"sku\": \"ONBOARD-DAY\", \"quantity\": \"2\", \"taxRatePercent\": \"19\"}")
                .post("/api/proposals/{id}/lines", id).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        if (needsApproval()) {
            approveDiscount(proposals, id);
        }
        traced().baseUri(proposals).post("/api/proposals/{id}/sending", id).then().statusCode(200);
        return traced().baseUri(proposals).contentType(ContentType.JSON)
                .body("{\"acceptedBy\": \"CFO %d\", \"version\": %d}".formatted(n, draft.getInt("version")))
                .post("/api/proposals/{id}/acceptance", id).then().statusCode(200).extract().jsonPath();
    }

    /** Every fifth deal gives 25 % off a line: beyond the standard discount policy (20 %). */
    private boolean needsApproval() {
        return n % 5 == 0;
    }

    /**
     * Sending is refused until a sales manager approves what was asked for: one who neither asked nor
     * owns the deal (LostDeals drives a deal as max.manager).
     */
    private void approveDiscount(String proposals, String id) {
        traced().baseUri(proposals).post("/api/proposals/{id}/sending", id).then().statusCode(409)
                .body("rules", org.hamcrest.Matchers.contains("line-discount-limit"));
        traced().baseUri(proposals).contentType(ContentType.JSON)
                .body("{\"note\": \"Customer %d commits to three years\"}".formatted(n))
                .post("/api/proposals/{id}/approval-request", id).then().statusCode(200)
                .body("approval.status", org.hamcrest.Matchers.equalTo("REQUESTED"));
        traced().baseUri(proposals).header(Tokens.as("mia.manager", "sales-manager")).contentType(ContentType.JSON)
                .body("{\"comment\": \"Approved for the three-year term\"}")
                .post("/api/proposals/{id}/approval-grant", id).then().statusCode(200)
                .body("approval.status", org.hamcrest.Matchers.equalTo("GRANTED"));
    }

    private void closeContract(String dealId) {
        String contracts = system.uri("contract");
        String id = awaitOne(contracts, "/api/contracts", dealId).getString("id");
        traced().baseUri(contracts).post("/api/contracts/{id}/sending", id).then().statusCode(200);
        // The document is a PDF: the signature commits to the SHA-256 of exactly its bytes.
        byte[] document = traced().baseUri(contracts).get("/api/contracts/{id}/document", id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String hash = sha256(document);
        for (String role : new String[] {"SELLER", "CUSTOMER"}) {
            traced().baseUri(contracts).contentType(ContentType.JSON).body("""
                    {"signerName": "%1$s signer %2$d", "signerEmail": "%1$s%2$d@example.com", "role": "%1$s",
                     "documentSha256": "%3$s"}""".formatted(role, n, hash))
                    .post("/api/contracts/{id}/signatures", id).then().statusCode(200);
        }
        traced().baseUri(contracts).contentType(ContentType.JSON)
                .body("{\"poNumber\": \"PO-%d\", \"requestedDeliveryDate\": \"2026-12-15\"}".formatted(n))
                .post("/api/contracts/{id}/first-order", id).then().statusCode(200);
    }

    /** Waits for the record the previous stage's event creates, and returns it. */
    static JsonPath awaitOne(String baseUri, String path, String dealId) {
        return await().atMost(HAND_OFF).pollInterval(Duration.ofMillis(250)).until(
                () -> given().baseUri(baseUri).queryParam("dealId", dealId).get(path)
                        .then().statusCode(200).extract().jsonPath(),
                page -> page.getList("items").size() == 1)
                .setRootPath("items[0]");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
