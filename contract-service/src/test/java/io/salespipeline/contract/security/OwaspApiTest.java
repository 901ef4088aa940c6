package io.salespipeline.contract.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.contract.api.AcceptedProposals;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.OwaspChecks;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OWASP API Security Top 10 cases against contract-service: contracts are owned by the deal's seller. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class OwaspApiTest {

    private static final Header SAM = Tokens.as("sam.seller", Roles.SELLER);
    private static final Header SUE = Tokens.as("sue.seller", Roles.SELLER);
    private static final Header MAX = Tokens.as("max.manager", Roles.SALES_MANAGER);
    private static final Header ADA = Tokens.as("ada.admin", Roles.ADMIN);

    private static final String TERMS = """
            {"paymentTerms": "Net 14 days", "delivery": "Within 10 business days", "warranty": "24 months",
             "liability": "Limited to twice the contract value", "duration": "24 months",
             "renewal": "No automatic renewal", "governingLaw": "Laws of Austria"}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void noDefaultPrincipal() {
        Tokens.signOut();
    }

    /** A draft contract of sam.seller's deal, as ProposalAccepted hands it on. */
    private String samsContract() {
        return AcceptedProposals.ownedContractFor(kafka, UUID.randomUUID(), "sam.seller");
    }

    private static String sha256(String id, Header who) throws Exception {
        return AcceptedProposals.sha256(given().header(who).get("/api/contracts/{id}/document", id).then()
                .statusCode(200).extract().asByteArray());
    }

    @Test
    void api1_aSellerCannotSeeOrChangeAnotherSellersContract_404_evenThroughItsSubResources() throws Exception {
        String id = samsContract();
        String dealId = given().header(SAM).get("/api/contracts/{id}", id).then().statusCode(200)
                .body("owner", equalTo("sam.seller")).body("sharedWith", empty()).extract().path("dealId");
        String hash = sha256(id, SAM);
        String before = given().header(MAX).get("/api/contracts/{id}", id).then().extract().asString();

        given().header(SUE).get("/api/contracts/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().header(SUE).get("/api/contracts/{id}/document", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().header(SUE).get("/api/contracts/{id}/signatures/verification", id).then().statusCode(404);
        given().header(SUE).contentType(ContentType.JSON).body(TERMS).put("/api/contracts/{id}/terms", id)
                .then().statusCode(404);
        given().header(SUE).post("/api/contracts/{id}/sending", id).then().statusCode(404);
        given().header(SUE).post("/api/contracts/{id}/revision", id).then().statusCode(404);
        given().header(SUE).contentType(ContentType.JSON).body("""
                {"signerName": "Sue", "signerEmail": "sue@example.com", "role": "SELLER", "documentSha256": "%s"}"""
                .formatted(hash)).post("/api/contracts/{id}/signatures", id).then().statusCode(404);
        given().header(SUE).contentType(ContentType.JSON).body("{\"poNumber\": \"PO-SUE\"}")
                .post("/api/contracts/{id}/first-order", id).then().statusCode(404);
        given().header(SUE).contentType(ContentType.JSON).body("{\"reason\": \"mine now\"}")
                .post("/api/contracts/{id}/decline", id).then().statusCode(404);
        given().header(SUE).contentType(ContentType.JSON).body("{\"reason\": \"mine now\"}")
                .post("/api/contracts/{id}/voiding", id).then().statusCode(404);
        given().header(SUE).contentType(ContentType.JSON).body("{\"sharedWith\": [\"sue.seller\"]}")
                .put("/api/contracts/{id}/sharing", id).then().statusCode(404);
        given().header(SUE).queryParam("dealId", dealId).get("/api/contracts").then().statusCode(200)
                .body("items", empty());
        given().header(SUE).queryParam("limit", "500").get("/api/contracts").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // Nothing she tried changed it.
        assertEquals(before, given().header(MAX).get("/api/contracts/{id}", id).then().statusCode(200)
                .extract().asString());
        given().header(SAM).queryParam("dealId", dealId).get("/api/contracts").then().body("items.id", hasItem(id));

        // Shared with sue: she sees and works it, but may not re-share it.
        given().header(SAM).contentType(ContentType.JSON).body("{\"sharedWith\": [\"sue.seller\"]}")
                .put("/api/contracts/{id}/sharing", id).then().statusCode(200)
                .body("sharedWith", equalTo(java.util.List.of("sue.seller"))).body("owner", equalTo("sam.seller"));
        given().header(SUE).get("/api/contracts/{id}", id).then().statusCode(200);
        given().header(SUE).queryParam("limit", "500").get("/api/contracts").then().body("items.id", hasItem(id));
        given().header(SUE).get("/api/contracts/{id}/document", id).then().statusCode(200);
        given().header(SUE).post("/api/contracts/{id}/sending", id).then().statusCode(200)
                .body("status", equalTo("SENT_FOR_SIGNATURE"));
        given().header(SUE).contentType(ContentType.JSON).body("{\"sharedWith\": []}")
                .put("/api/contracts/{id}/sharing", id).then().statusCode(403).contentType("application/problem+json");

        // A seller cannot assign owners; a sales manager can, and the old owner loses sight of it.
        given().header(SAM).contentType(ContentType.JSON).body("{\"owner\": \"sam.seller\"}")
                .put("/api/contracts/{id}/owner", id).then().statusCode(403).contentType("application/problem+json");
        given().header(MAX).contentType(ContentType.JSON).body("{\"owner\": \"sue.seller\"}")
                .put("/api/contracts/{id}/owner", id).then().statusCode(200).body("owner", equalTo("sue.seller"));
        given().header(MAX).contentType(ContentType.JSON).body("{\"sharedWith\": []}")
                .put("/api/contracts/{id}/sharing", id).then().statusCode(200).body("sharedWith", empty());
        given().header(SAM).get("/api/contracts/{id}", id).then().statusCode(404);
        given().header(SAM).get("/api/contracts/{id}/signatures/verification", id).then().statusCode(404);
        given().header(SUE).get("/api/contracts/{id}", id).then().statusCode(200).body("owner", equalTo("sue.seller"));
    }

    @Test
    void api1_aContractWithoutOwnerIsASalesManagersOnly() {
        String id = AcceptedProposals.contractFor(kafka, UUID.randomUUID(), UUID.randomUUID().toString());
        given().header(MAX).get("/api/contracts/{id}", id).then().statusCode(200).body("owner", nullValue());
        given().header(SAM).get("/api/contracts/{id}", id).then().statusCode(404);
        given().header(SAM).contentType(ContentType.JSON).body("{\"sharedWith\": [\"sam.seller\"]}")
                .put("/api/contracts/{id}/sharing", id).then().statusCode(404);
        given().header(MAX).contentType(ContentType.JSON).body("{\"owner\": \"sam.seller\"}")
                .put("/api/contracts/{id}/owner", id).then().statusCode(200);
        given().header(SAM).get("/api/contracts/{id}", id).then().statusCode(200);
    }

    @Test
    void api3_requestBodiesCannotSetStatusOwnerDealIdTotalsOrIds() throws Exception {
        String id = samsContract();
        JsonPath before = given().header(SAM).get("/api/contracts/{id}", id).then().extract().jsonPath();
        String otherId = UUID.randomUUID().toString();
        String internals = """
                "id": "%s", "dealId": "%s", "proposalId": "%s", "status": "SIGNED", "owner": "mallory",
                "sharedWith": ["mallory"], "version": 99, "currency": "USD", "seller": "Mallory Ltd",
                "totals": {"net": {"amount": "0.01", "currency": "EUR"}, "tax": {"amount": "0.00", "currency": "EUR"},
                           "total": {"amount": "0.01", "currency": "EUR"}},
                "documentSha256": "%s", "closedAt": "2026-01-01T00:00:00Z", "signedAt": "2026-01-01T00:00:00Z\""""
                .formatted(otherId, otherId, otherId, "0".repeat(64));

        JsonPath edited = given().header(SAM).contentType(ContentType.JSON)
                .body(TERMS.replaceFirst("\\{", "{" + internals + ", ")).put("/api/contracts/{id}/terms", id)
                .then().statusCode(200).body("terms.paymentTerms", equalTo("Net 14 days")).extract().jsonPath();
        assertUntouched(before, edited, "DRAFT");

        String hash = given().header(SAM).post("/api/contracts/{id}/sending", id).then().statusCode(200)
                .extract().path("documentSha256");
        assertEquals(hash, sha256(id, SAM));
        // A signature body cannot say it does not count, when it was given, or whose it is.
        given().header(SAM).contentType(ContentType.JSON).body("""
                {%s, "signerName": "Sam", "signerEmail": "sam@example.com", "role": "SELLER", "documentSha256": "%s",
                 "counts": false, "supersededAt": "2026-01-01T00:00:00Z"}""".formatted(internals.replace(
                "\"documentSha256\": \"" + "0".repeat(64) + "\", ", ""), hash))
                .post("/api/contracts/{id}/signatures", id).then().statusCode(200)
                .body("signatures", hasSize(1)).body("signatures[0].counts", equalTo(true))
                .body("signatures[0].supersededAt", nullValue()).body("signatures[0].documentSha256", equalTo(hash))
                .body("signedAt", nullValue());
        // An order body cannot price its lines or set its totals: they come from the contract.
        JsonPath ordered = given().header(SAM).contentType(ContentType.JSON).body("""
                {%s, "poNumber": "PO-MASS", "placedBy": "mallory", "placedAt": "2020-01-01T00:00:00Z",
                 "lines": [{"lineNo": 1, "quantity": "4", "unitPrice": {"amount": "0.01", "currency": "EUR"},
                            "total": {"amount": "0.01", "currency": "EUR"}}]}""".formatted(internals))
                .post("/api/contracts/{id}/first-order", id).then().statusCode(200)
                .body("status", equalTo("PARTIALLY_SIGNED"))
                .body("firstOrder.lines[0].unitPrice.amount", equalTo("29.00"))
                .body("firstOrder.totals.total.amount", equalTo("127.69"))
                .body("firstOrder.placedBy", equalTo("sam.seller (seller)")).extract().jsonPath();
        assertUntouched(before, ordered, "PARTIALLY_SIGNED");

        // The sharing body cannot change the owner, the owner body (a manager's) cannot share.
        given().header(SAM).contentType(ContentType.JSON).body("{\"owner\": \"mallory\", \"status\": \"VOIDED\", "
                + "\"sharedWith\": [\"sue.seller\"]}").put("/api/contracts/{id}/sharing", id).then().statusCode(200)
                .body("owner", equalTo("sam.seller")).body("status", equalTo("PARTIALLY_SIGNED"));
        given().header(MAX).contentType(ContentType.JSON).body("{\"owner\": \"sam.seller\", \"sharedWith\": [], "
                + "\"dealId\": \"" + otherId + "\"}").put("/api/contracts/{id}/owner", id).then().statusCode(200)
                .body("sharedWith", equalTo(java.util.List.of("sue.seller")))
                .body("dealId", equalTo(before.getString("dealId")));
        JsonPath declined = given().header(SAM).contentType(ContentType.JSON)
                .body("{" + internals + ", \"reason\": \"Budget gone\"}").post("/api/contracts/{id}/decline", id)
                .then().statusCode(200).body("declineReason", equalTo("Budget gone")).extract().jsonPath();
        assertUntouched(before, declined, "DECLINED");

        Map<String, Object> view = given().header(SAM).get("/api/contracts/{id}", id).then().extract().jsonPath()
                .getMap("");
        assertFalse(view.containsKey("version"), "no internal fields: " + view.keySet());
    }

    /** What no body may set is as the event made it: ids, deal, owner, currency, seller, totals; status as the rules made it. */
    private static void assertUntouched(JsonPath before, JsonPath after, String status) {
        for (String field : new String[] {"id", "dealId", "proposalId", "owner", "currency", "seller",
            "totals.total.amount", "totals.net.amount", "closedAt"}) {
            assertEquals(before.getString(field), after.getString(field), field);
        }
        assertEquals(status, after.getString("status"));
        assertFalse(after.getList("sharedWith").contains("mallory"), "sharedWith: " + after.getList("sharedWith"));
    }

    @Test
    void api8_noResponseShowsStackTracesOrInternals() {
        String id = samsContract();
        OwaspChecks.assertNoInternals(OwaspChecks.malformedRequests(SAM, "/api/contracts/" + id + "/signatures",
                "/api/contracts/{id}", "/api/contracts"));
        OwaspChecks.assertNoInternals(OwaspChecks.malformedRequests(SAM, "/api/contracts/" + id + "/first-order",
                "/api/contracts/{id}/document", "/api/contracts"));
        OwaspChecks.assertNoInternals(OwaspChecks.malformedRequests(MAX, "/api/contracts/" + id + "/decline",
                "/api/contracts/{id}/signatures/verification", "/api/contracts"));
        OwaspChecks.assertNoInternals(OwaspChecks.malformedRequests(ADA, "/api/terms-templates",
                "/api/terms-templates/{version}", "/api/terms-templates"));
    }

    @Test
    void api4_anOversizedBodyIsRefused413Problem() {
        OwaspChecks.assertOversizedBodyRefused(SAM, "PUT", "/api/contracts/{id}/terms", UUID.randomUUID());
        OwaspChecks.assertOversizedBodyRefused(SAM, "POST", "/api/contracts/{id}/signatures", UUID.randomUUID());
        OwaspChecks.assertOversizedBodyRefused(SAM, "PUT", "/api/contracts/{id}/sharing", UUID.randomUUID());
        OwaspChecks.assertOversizedBodyRefused(ADA, "POST", "/api/terms-templates");
    }
}
