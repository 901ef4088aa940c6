package io.salespipeline.lead.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.OwaspChecks;
import io.salespipeline.infra.testing.RateLimitChecks;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OWASP API Security Top 10 cases against lead-service, the service with every kind of client. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class OwaspApiTest {

    private static final Header SAM = Tokens.as("sam.seller", Roles.SELLER);
    private static final Header SUE = Tokens.as("sue.seller", Roles.SELLER);
    private static final Header MAX = Tokens.as("max.manager", Roles.SALES_MANAGER);

    @BeforeEach
    void noDefaultPrincipal() {
        Tokens.signOut();
    }

    private static String lead(Header who, String email) {
        return given().header(who).contentType(ContentType.JSON).body("""
                {"name": "Owasp Case", "email": "%s", "company": "Acme", "source": {"kind": "MANUAL"}}"""
                .formatted(email)).post("/api/leads").then().statusCode(201).extract().path("id");
    }

    @Test
    void api1_aSellerCannotSeeOrChangeAnotherSellersLead_404_untilItIsSharedOrAssigned() {
        String id = lead(SAM, "bola-" + UUID.randomUUID() + "@example.com");
        given().header(SAM).get("/api/leads/{id}", id).then().statusCode(200).body("owner", equalTo("sam.seller"));

        given().header(SUE).get("/api/leads/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().header(SUE).contentType(ContentType.JSON).body("{\"viable\": true, \"reasons\": \"mine now\"}")
                .post("/api/leads/{id}/assessment", id).then().statusCode(404);
        given().header(SUE).queryParam("limit", "500").get("/api/leads").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().header(SUE).contentType(ContentType.JSON).body("{\"sharedWith\": [\"sue.seller\"]}")
                .put("/api/leads/{id}/sharing", id).then().statusCode(404);
        given().header(MAX).get("/api/leads/{id}", id).then().statusCode(200);

        // Shared with sue: she sees and works it, but may not re-share it.
        given().header(SAM).contentType(ContentType.JSON).body("{\"sharedWith\": [\"sue.seller\"]}")
                .put("/api/leads/{id}/sharing", id).then().statusCode(200).body("sharedWith", hasItem("sue.seller"));
        given().header(SUE).get("/api/leads/{id}", id).then().statusCode(200);
        given().header(SUE).queryParam("limit", "500").get("/api/leads").then().body("items.id", hasItem(id));
        given().header(SUE).contentType(ContentType.JSON).body("{\"sharedWith\": []}")
                .put("/api/leads/{id}/sharing", id).then().statusCode(403).contentType("application/problem+json");

        // A seller cannot assign owners; a sales manager can, and the old owner loses sight of it.
        given().header(SAM).contentType(ContentType.JSON).body("{\"owner\": \"sam.seller\"}")
                .put("/api/leads/{id}/owner", id).then().statusCode(403);
        given().header(MAX).contentType(ContentType.JSON).body("{\"owner\": \"sue.seller\"}")
                .put("/api/leads/{id}/owner", id).then().statusCode(200).body("owner", equalTo("sue.seller"));
        given().header(MAX).contentType(ContentType.JSON).body("{\"sharedWith\": []}")
                .put("/api/leads/{id}/sharing", id).then().statusCode(200);
        given().header(SAM).get("/api/leads/{id}", id).then().statusCode(404);
    }

    @Test
    void api3_aCreateBodyCannotSetStatusOwnerDealIdOrId() {
        String id = UUID.randomUUID().toString();
        String deal = UUID.randomUUID().toString();
        java.util.Map<String, Object> lead = given().header(SAM).contentType(ContentType.JSON).body("""
                {"id": "%s", "dealId": "%s", "status": "QUALIFIED", "owner": "mallory", "sharedWith": ["mallory"],
                 "createdBy": "mallory", "version": 99, "qualifiedAt": "2026-01-01T00:00:00Z",
                 "name": "Mass Assignment", "email": "mass@example.com", "source": {"kind": "MANUAL"}}"""
                .formatted(id, deal)).post("/api/leads")
                .then().statusCode(201)
                .body("id", not(equalTo(id))).body("dealId", nullValue()).body("status", equalTo("NEW"))
                .body("owner", equalTo("sam.seller")).body("sharedWith", org.hamcrest.Matchers.empty())
                .body("createdBy", equalTo("sam.seller (seller)")).body("qualifiedAt", nullValue())
                .extract().jsonPath().getMap("");
        assertFalse(lead.containsKey("version"), "no internal fields: " + lead.keySet());
    }

    @Test
    void api8_noResponseShowsStackTracesOrInternals() {
        OwaspChecks.assertNoInternals(OwaspChecks.malformedRequests(SAM, "/api/leads", "/api/leads/{id}", "/api/leads"));
        OwaspChecks.assertNoInternals(OwaspChecks.malformedRequests(SAM, "/api/lead-imports", "/api/lead-imports/{id}",
                "/api/leads"));
    }

    @Test
    void api4_anOversizedBodyIsRefused413Problem() {
        OwaspChecks.assertOversizedBodyRefused(SAM, "POST", "/api/leads");
        OwaspChecks.assertOversizedBodyRefused(SAM, "POST", "/api/leads/{id}/assessment", UUID.randomUUID());
    }

    @Test
    void api4_theAnonymousWebFormPathIsRateLimitedPerClientIp429WithRetryAfter() {
        String ip = "203.0.113." + (1 + (int) (Math.random() * 200));
        Response flooded = RateLimitChecks.flood(20, () -> given().header("X-Forwarded-For", ip).contentType(ContentType.URLENC)
                .body("name=x").post("/api/web-forms/{form}/submissions", "spring-campaign"));
        flooded.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        // Another client is not affected.
        assertNotEquals(429, given().header("X-Forwarded-For", "198.51.100.9").contentType(ContentType.URLENC)
                .body("name=x").post("/api/web-forms/{form}/submissions", "spring-campaign").statusCode());
    }

    @Test
    void api4_keyBasedIntakeIsRateLimitedPerKey429() {
        String key = ApiKeysFixture.issue("rate-limited-crm");
        String other = ApiKeysFixture.issue("other-crm");
        Response flooded = RateLimitChecks.flood(30, // %test.sales.rate-limit.rules.integrations.limit
                () -> given().header("X-Api-Key", key).contentType(ContentType.JSON).body("{}").post("/api/leads"));
        flooded.then().statusCode(429).header("Retry-After", notNullValue()).contentType("application/problem+json");
        assertNotEquals(429, given().header("X-Api-Key", other).contentType(ContentType.JSON).body("{}")
                .post("/api/leads").statusCode());
    }

    @Test
    void apiKeysTakeInLeadsAsTheirIntegrationOnly_andARevokedOrUnknownKeyIs401() {
        String key = ApiKeysFixture.issue("acme-crm");
        String id = given().header("X-Api-Key", key).contentType(ContentType.JSON).body("""
                {"name": "From Acme", "email": "acme-lead@example.com", "source": {"kind": "REFERRAL", "detail": "acme"}}""")
                .post("/api/leads").then().statusCode(201)
                .body("createdBy", equalTo("acme-crm")).body("owner", nullValue()).extract().path("id");
        given().header("X-Api-Key", key).get("/api/leads/{id}", id).then().statusCode(403);
        given().header("X-Api-Key", key).get("/api/api-keys").then().statusCode(403);
        given().header(MAX).get("/api/leads/{id}", id).then().statusCode(200);
        given().header(Tokens.as("ada.admin", Roles.ADMIN)).get("/api/api-keys").then().statusCode(200)
                .body("items.key", everyItemNull()).body(not(containsString(key)));

        String revoked = ApiKeysFixture.issueAndRevoke("gone-crm");
        for (String refused : new String[] {revoked, "spk_unknown" + UUID.randomUUID()}) {
            given().header("X-Api-Key", refused).contentType(ContentType.JSON).body("{}").post("/api/leads")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void anIntegrationNamedLikeASellerIsNotThatSeller_importsAndIdempotencyKeysStayApart() {
        String sellersImport = given().header(SAM).contentType("text/csv")
                .body("name,email\nPrincipal Case,principal-" + UUID.randomUUID() + "@example.com\n")
                .queryParam("sourceKind", "CONFERENCE").queryParam("sourceDetail", "principals")
                .post("/api/lead-imports").then().statusCode(202).extract().path("id");
        given().header(SAM).get("/api/lead-imports/{id}", sellersImport).then().statusCode(200);
        for (String name : new String[] {"sam.seller (seller)", "sam.seller"}) {
            String key = ApiKeysFixture.issue(name);
            given().header("X-Api-Key", key).get("/api/lead-imports/{id}", sellersImport).then().statusCode(404);
            given().header("X-Api-Key", key).get("/api/lead-imports/{id}/errors", sellersImport).then().statusCode(404);
        }
        // The seller's Idempotency-Key is the seller's: a look-alike integration sending it gets no replay of her answer.
        String idempotencyKey = UUID.randomUUID().toString();
        String body = """
                {"name": "Replay Case", "email": "replay-%s@example.com", "source": {"kind": "MANUAL"}}"""
                .formatted(UUID.randomUUID());
        given().header(SAM).header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON).body(body)
                .post("/api/leads").then().statusCode(201);
        given().header("X-Api-Key", ApiKeysFixture.issue("sam.seller (seller)")).header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON).body(body).post("/api/leads").then().statusCode(409)
                .body("existingLeadId", nullValue());
        // The integration sees its own imports.
        String key = ApiKeysFixture.issue("principal-crm");
        String own = given().header("X-Api-Key", key).contentType("text/csv")
                .body("name,email\nOwn Import,own-" + UUID.randomUUID() + "@example.com\n")
                .queryParam("sourceKind", "EMAIL_LIST").queryParam("sourceDetail", "principals")
                .post("/api/lead-imports").then().statusCode(202).extract().path("id");
        given().header("X-Api-Key", key).get("/api/lead-imports/{id}", own).then().statusCode(200);
        given().header(SAM).get("/api/lead-imports/{id}", own).then().statusCode(404);
    }

    @Test
    void anIntegrationCannotTakeInAnAddressThatAskedToBeForgotten() {
        String email = "dnc-key-" + UUID.randomUUID() + "@example.com";
        given().header(MAX).contentType(ContentType.JSON).body("{\"email\": \"" + email + "\"}")
                .post("/api/erasure-requests").then().statusCode(202);
        given().header("X-Api-Key", ApiKeysFixture.issue("dnc-crm")).contentType(ContentType.JSON).body("""
                {"name": "Forgotten", "email": "%s", "source": {"kind": "REFERRAL"}}""".formatted(email))
                .post("/api/leads").then().statusCode(422)
                .body("type", equalTo("https://salespipeline.io/problems/do-not-contact"));
    }

    @Test
    void aBearerTokenClaimingTheIntegrationRoleDoesNotGetIt() {
        given().header(Tokens.as("rogue", Roles.INTEGRATION)).contentType(ContentType.JSON).body("""
                {"name": "Rogue", "email": "rogue@example.com", "source": {"kind": "MANUAL"}}""")
                .post("/api/leads").then().statusCode(403).contentType("application/problem+json");
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemNull() {
        return org.hamcrest.Matchers.everyItem(nullValue());
    }

    @Test
    void corsPreflightAllowsTheConfiguredOriginOnly() {
        given().header("Origin", "https://app.sales-pipeline.test")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/leads")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://app.sales-pipeline.test")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("authorization"));
        Response refused = given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").options("/api/leads");
        org.junit.jupiter.api.Assertions.assertNull(refused.header("Access-Control-Allow-Origin"),
                "no CORS grant for an unlisted origin");
        refused.then().statusCode(403).contentType("application/problem+json");
        // The service's own pages (Swagger UI) are not cross-origin: their requests pass.
        given().header(SAM).header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                .get("/api/leads").then().statusCode(200);
    }
}
