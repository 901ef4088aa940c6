package io.salespipeline.proposal.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.OwaspChecks;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.proposal.api.Drafts;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OWASP API Security Top 10 cases against proposal-service: proposals are a seller's own. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class OwaspApiTest {

    private static final Header SAM = Tokens.as("sam.seller", Roles.SELLER);
    private static final Header SUE = Tokens.as("sue.seller", Roles.SELLER);
    private static final Header MAX = Tokens.as("max.manager", Roles.SALES_MANAGER);
    private static final String LINE = "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"10\"}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    // Drafts come from the hand-over; the set-up waits for them as a sales manager, who sees all.
    @BeforeEach
    void managerSetsUp() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @AfterEach
    void signOut() {
        Tokens.signOut();
    }

    private String samsDraft() {
        return Drafts.ownedDraft(kafka, "PURCHASE_ORDER", "sam.seller").id();
    }

    @Test
    void api1_aSellerCannotSeeOrChangeAnotherSellersProposalOrItsParts_404_untilItIsSharedOrAssigned() {
        String id = samsDraft();
        given().header(SAM).contentType(ContentType.JSON).body(LINE).post("/api/proposals/{id}/lines", id)
                .then().statusCode(201);
        given().header(SAM).get("/api/proposals/{id}", id).then().statusCode(200)
                .body("owner", equalTo("sam.seller")).body("sharedWith", empty());

        // Every read and change by id answers sue 404, exactly like a missing proposal.
        given().header(SUE).get("/api/proposals/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().header(SUE).get("/api/proposals/{id}/lines/1", id).then().statusCode(404);
        given().header(SUE).contentType(ContentType.JSON).body(LINE).post("/api/proposals/{id}/lines", id)
                .then().statusCode(404);
        given().header(SUE).delete("/api/proposals/{id}/lines/1", id).then().statusCode(404);
        given().header(SUE).contentType(ContentType.JSON).body("{\"summary\": \"mine now\"}")
                .put("/api/proposals/{id}/details", id).then().statusCode(404);
        given().header(SUE).get("/api/proposals/{id}/document", id).then().statusCode(404);
        given().header(SUE).get("/api/proposals/{id}/revisions", id).then().statusCode(404);
        given().header(SUE).post("/api/proposals/{id}/revisions", id).then().statusCode(404);
        given().header(SUE).post("/api/proposals/{id}/sending", id).then().statusCode(404);
        given().header(SUE).get("/api/proposals/{id}/customer-links", id).then().statusCode(404);
        given().header(SUE).contentType(ContentType.JSON).body("{\"sharedWith\": [\"sue.seller\"]}")
                .put("/api/proposals/{id}/sharing", id).then().statusCode(404);
        given().header(SUE).queryParam("limit", "500").get("/api/proposals").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().header(SUE).queryParam("dealId", dealOf(id)).get("/api/proposals").then().statusCode(200)
                .body("items", empty());
        // None of it changed anything.
        given().header(SAM).get("/api/proposals/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("lines", hasSize(1)).body("summary", equalTo(null))
                .body("sharedWith", empty());
        given().header(MAX).get("/api/proposals/{id}", id).then().statusCode(200);

        // Shared with sue: she sees and works it, but may not re-share it.
        given().header(SAM).contentType(ContentType.JSON).body("{\"sharedWith\": [\"sue.seller\"]}")
                .put("/api/proposals/{id}/sharing", id).then().statusCode(200)
                .body("sharedWith", contains("sue.seller")).body("owner", equalTo("sam.seller"));
        given().header(SUE).get("/api/proposals/{id}", id).then().statusCode(200);
        given().header(SUE).queryParam("limit", "500").get("/api/proposals").then().body("items.id", hasItem(id));
        given().header(SUE).contentType(ContentType.JSON).body("{\"summary\": \"Shared work\"}")
                .put("/api/proposals/{id}/details", id).then().statusCode(200).body("summary", equalTo("Shared work"));
        given().header(SUE).contentType(ContentType.JSON).body("{\"sharedWith\": []}")
                .put("/api/proposals/{id}/sharing", id).then().statusCode(403).contentType("application/problem+json");

        // A revision keeps the ownership of its proposal.
        given().header(SUE).post("/api/proposals/{id}/sending", id).then().statusCode(200);
        String v2 = given().header(SAM).post("/api/proposals/{id}/revisions", id).then().statusCode(201)
                .body("owner", equalTo("sam.seller")).body("sharedWith", contains("sue.seller"))
                .extract().path("id");

        // A seller cannot assign owners; a sales manager can (every version), and the old owner loses sight of it.
        given().header(SAM).contentType(ContentType.JSON).body("{\"owner\": \"sam.seller\"}")
                .put("/api/proposals/{id}/owner", v2).then().statusCode(403).contentType("application/problem+json");
        given().header(MAX).contentType(ContentType.JSON).body("{\"owner\": \"sue.seller\"}")
                .put("/api/proposals/{id}/owner", v2).then().statusCode(200).body("owner", equalTo("sue.seller"));
        given().header(MAX).contentType(ContentType.JSON).body("{\"sharedWith\": []}")
                .put("/api/proposals/{id}/sharing", v2).then().statusCode(200).body("sharedWith", empty());
        given().header(SAM).get("/api/proposals/{id}", id).then().statusCode(404);
        given().header(SAM).get("/api/proposals/{id}", v2).then().statusCode(404);
        given().header(SUE).get("/api/proposals/{id}/revisions", v2).then().statusCode(200)
                .body("owner", contains("sue.seller", "sue.seller")).body("version", contains(1, 2));
        given().header(SUE).contentType(ContentType.JSON).body("{\"sharedWith\": [\"sam.seller\"]}")
                .put("/api/proposals/{id}/sharing", v2).then().statusCode(200);
        given().header(SAM).get("/api/proposals/{id}/document", id).then().statusCode(200);
    }

    @Test
    void api1_api5_anotherSellerCannotTouchTheApprovalAndNoSellerDecidesOne() {
        String id = samsDraft();
        given().header(SAM).contentType(ContentType.JSON)
                .body("{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"10\", \"discountPercent\": \"30\"}")
                .post("/api/proposals/{id}/lines", id).then().statusCode(201);
        given().header(SUE).contentType(ContentType.JSON).body("{\"note\": \"not mine\"}")
                .post("/api/proposals/{id}/approval-request", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().header(SAM).contentType(ContentType.JSON).body("{\"note\": \"Launch customer\"}")
                .post("/api/proposals/{id}/approval-request", id).then().statusCode(200);
        // Sellers decide nothing: not another's (403 before any lookup), not their own.
        for (Header seller : new Header[] {SUE, SAM}) {
            given().header(seller).contentType(ContentType.JSON).body("{}")
                    .post("/api/proposals/{id}/approval-grant", id).then().statusCode(403)
                    .contentType("application/problem+json");
            given().header(seller).contentType(ContentType.JSON).body("{\"reason\": \"no\"}")
                    .post("/api/proposals/{id}/approval-refusal", id).then().statusCode(403);
        }
        // Nor may a seller loosen the policy to get past it.
        given().header(SAM).contentType(ContentType.JSON).body("{\"maxLineDiscountPercent\": \"100\"}")
                .put("/api/discount-policy").then().statusCode(403);
        given().header(SAM).post("/api/proposals/{id}/sending", id).then().statusCode(409);
        given().header(MAX).get("/api/proposals/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("approval.status", equalTo("REQUESTED"));
    }

    @Test
    void api1_aProposalWithoutOwnerIsSeenBySalesManagersOnly() {
        String id = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id(); // a hand-over from before ownership
        given().header(MAX).get("/api/proposals/{id}", id).then().statusCode(200).body("owner", equalTo(null));
        given().header(SAM).get("/api/proposals/{id}", id).then().statusCode(404);
        given().header(SAM).contentType(ContentType.JSON).body("{\"sharedWith\": [\"sam.seller\"]}")
                .put("/api/proposals/{id}/sharing", id).then().statusCode(404);
    }

    @Test
    void api3_requestBodiesCannotSetStatusOwnerDealIdTotalsOrIds() {
        String id = samsDraft();
        String deal = dealOf(id);
        String junk = """
                "id": "%s", "proposalId": "%s", "dealId": "%s", "prospectId": "%s", "status": "ACCEPTED",
                "owner": "mallory", "sharedWith": ["mallory"], "version": 7, "lockVersion": 0, "lineNo": 99,
                "totals": {"net": {"amount": "1.00", "currency": "EUR"}, "tax": {"amount": "0.00", "currency": "EUR"},
                           "total": {"amount": "1.00", "currency": "EUR"}},
                "net": {"amount": "1.00", "currency": "EUR"}, "total": {"amount": "1.00", "currency": "EUR"},
                "acceptedAt": "2020-01-01T00:00:00Z", "createdBy": "mallory", "quoteNumber": "Q-MALLORY-1",
                "validUntil": "2099-12-31", "approval": {"status": "GRANTED"}, "approvalStatus": "GRANTED",
                "currency": "JPY\"""".formatted(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID());

        Map<String, Object> afterLine = given().header(SAM).contentType(ContentType.JSON)
                .body("{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"10\", " + junk + "}")
                .post("/api/proposals/{id}/lines", id).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/lines/1"))
                .extract().jsonPath().getMap("");
        assertUntouched(afterLine, id, deal, "DRAFT");
        given().header(SAM).contentType(ContentType.JSON).body("{\"summary\": \"Our offer\", " + junk + "}")
                .put("/api/proposals/{id}/details", id).then().statusCode(200).body("summary", equalTo("Our offer"))
                .body("id", equalTo(id)).body("dealId", equalTo(deal)).body("status", equalTo("DRAFT"))
                .body("owner", equalTo("sam.seller")).body("sharedWith", empty()).body("version", equalTo(1))
                .body("totals.total.amount", equalTo("290.00")).body("currency", equalTo("EUR"))
                .body("lines[0].lineNo", equalTo(1)).body("lines[0].total.amount", equalTo("290.00"));
        // Sharing names whom it is shared with, and nothing else: not the owner.
        given().header(SAM).contentType(ContentType.JSON)
                .body("{\"sharedWith\": [\"sue.seller\"], " + junk.replace("\"sharedWith\": [\"mallory\"], ", "") + "}")
                .put("/api/proposals/{id}/sharing", id).then().statusCode(200)
                .body("owner", equalTo("sam.seller")).body("sharedWith", contains("sue.seller"))
                .body("status", equalTo("DRAFT")).body("dealId", equalTo(deal));
        given().header(SAM).post("/api/proposals/{id}/sending", id).then().statusCode(200);
        // The customer's form names the version and nothing else: extra fields are not read.
        String page = io.salespipeline.proposal.api.CustomerPages.pageOf(id);
        io.salespipeline.proposal.api.CustomerPages.anonymously(() -> given()
                .contentType("application/x-www-form-urlencoded").formParam("version", "1")
                .formParam("acceptedBy", "Mallory").formParam("acceptedAt", "2020-01-01T00:00:00Z")
                .formParam("status", "REJECTED").formParam("quoteNumber", "Q-MALLORY-1")
                .post(page + "/acceptance").then().statusCode(200));
        given().header(SAM).get("/api/proposals/{id}", id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("acceptedBy", equalTo("Ada Lovelace"))
                .body("acceptanceRecordedBy", startsWith("customer-link:"))
                .body("acceptedAt", not(equalTo("2020-01-01T00:00:00Z"))).body("createdBy", not(equalTo("mallory")))
                .body("id", equalTo(id)).body("dealId", equalTo(deal)).body("owner", equalTo("sam.seller"))
                .body("totals.total.amount", equalTo("290.00")).body("quoteNumber", not(equalTo("Q-MALLORY-1")));
    }

    private static void assertUntouched(Map<String, Object> proposal, String id, String deal, String status) {
        org.junit.jupiter.api.Assertions.assertEquals(id, proposal.get("id"));
        org.junit.jupiter.api.Assertions.assertEquals(deal, proposal.get("dealId"));
        org.junit.jupiter.api.Assertions.assertEquals(status, proposal.get("status"));
        org.junit.jupiter.api.Assertions.assertEquals("sam.seller", proposal.get("owner"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), proposal.get("sharedWith"));
        org.junit.jupiter.api.Assertions.assertEquals(1, proposal.get("version"));
        org.junit.jupiter.api.Assertions.assertEquals("EUR", proposal.get("currency"));
        org.junit.jupiter.api.Assertions.assertNull(proposal.get("approval"));
        org.junit.jupiter.api.Assertions.assertEquals("0193a200-0000-7000-8000-000000000001", proposal.get("prospectId"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> totals = (Map<String, Map<String, Object>>) proposal.get("totals");
        org.junit.jupiter.api.Assertions.assertEquals("290.00", totals.get("total").get("amount"));
        for (String internal : new String[] {"lockVersion", "lastLineNo", "sourceEventId", "dealLostStage"}) {
            assertFalse(proposal.containsKey(internal), "no internal fields: " + proposal.keySet());
        }
    }

    @Test
    void api8_noResponseShowsStackTracesOrInternals() {
        String id = samsDraft();
        OwaspChecks.assertNoInternals(OwaspChecks.malformedRequests(SAM, "/api/proposals/" + id + "/lines",
                "/api/proposals/{id}", "/api/proposals"));
        // The same against a proposal the caller may not see: nothing but a plain 404 problem.
        OwaspChecks.assertNoInternals(OwaspChecks.malformedRequests(SUE, "/api/proposals/" + id + "/lines",
                "/api/proposals/{id}/document", "/api/proposals"));
        OwaspChecks.assertNoInternals(OwaspChecks.malformedRequests(SAM, "/api/proposals/" + id + "/customer-links",
                "/api/proposals/{id}/revisions", "/api/proposals"));
        OwaspChecks.assertNoInternals(OwaspChecks.malformedRequests(Tokens.as("ada.admin", Roles.ADMIN),
                "/api/products", "/api/products/{id}", "/api/products"));
    }

    @Test
    void api4_anOversizedBodyIsRefused413Problem() {
        UUID id = UUID.randomUUID();
        OwaspChecks.assertOversizedBodyRefused(SAM, "POST", "/api/proposals/{id}/lines", id);
        OwaspChecks.assertOversizedBodyRefused(SAM, "PUT", "/api/proposals/{id}/details", id);
        OwaspChecks.assertOversizedBodyRefused(SAM, "PUT", "/api/proposals/{id}/sharing", id);
        OwaspChecks.assertOversizedBodyRefused(MAX, "PUT", "/api/proposals/{id}/owner", id);
        OwaspChecks.assertOversizedBodyRefused(Tokens.as("ada.admin", Roles.ADMIN), "POST", "/api/products");
    }

    private static String dealOf(String id) {
        return given().header(MAX).get("/api/proposals/{id}", id).then().statusCode(200).extract().path("dealId");
    }
}
