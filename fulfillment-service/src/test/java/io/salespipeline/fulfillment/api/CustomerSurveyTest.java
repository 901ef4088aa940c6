package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.salespipeline.fulfillment.domain.SurveyInvitation;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.RateLimitChecks;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.ApiKeyHash;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A survey answer comes from the customer: staff issue a link, the customer answers with its
 * token, once, before it expires; the support owner being rated cannot record a score.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class CustomerSurveyTest {

    private static final Header MANAGER = DealClosedEvents.MANAGER;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private Instant start;
    private String customerId;
    private String owner;
    private Header ownerToken;
    private String orderId;

    /** A customer whose first order was delivered; its support owner is the one rated. */
    @BeforeEach
    void deliveredOrder() {
        Tokens.signOut();
        start = Instant.now();
        JsonPath customer = DealClosedEvents.closeDeal(kafka, UUID.randomUUID(), "Surveyed GmbH");
        customerId = customer.getString("id");
        owner = customer.getString("supportOwner");
        ownerToken = Tokens.as(owner, Roles.SUPPORT);
        orderId = given().header(MANAGER).queryParam("customerId", customerId).get("/api/orders").then()
                .extract().path("items[0].id");
        for (String status : new String[] {"IN_PROGRESS", "SHIPPED", "DELIVERED"}) {
            given().header(ownerToken).contentType(ContentType.JSON).body("{\"status\": \"" + status + "\"}")
                    .post("/api/orders/{id}/status", orderId).then().statusCode(200);
        }
    }

    private Response answer(String token, String body) {
        return given().header("X-Forwarded-For", "198.51.100.20").contentType(ContentType.JSON).body(body)
                .post("/api/survey-responses/{token}", token);
    }

    private void assertNoScore() {
        given().header(MANAGER).queryParam("from", start.toString()).get("/api/support-owners/{name}/nps", owner)
                .then().statusCode(200).body("responses", equalTo(0)).body("nps", nullValue());
        given().header(MANAGER).get("/api/customers/{id}", customerId).then().body("latestSurvey", nullValue());
        given().header(MANAGER).get("/api/customers/{id}/surveys", customerId).then().body("items", empty());
    }

    @Test
    void theSupportOwnerBeingRatedCannotRecordAScore() {
        // The staff-posted survey operations are gone: the order's path no longer exists (404), the
        // customer's takes only GET (405).
        for (String path : new String[] {"/api/orders/{id}/surveys", "/api/customers/{id}/surveys"}) {
            String id = path.startsWith("/api/orders") ? orderId : customerId;
            int status = given().header(ownerToken).contentType(ContentType.JSON)
                    .body("{\"score\": 10, \"comment\": \"Best support ever\"}").post(path, id).then()
                    .contentType("application/problem+json").extract().statusCode();
            assertTrue(status == 404 || status == 405, path + " answered " + status);
        }
        assertNoScore();
    }

    @Test
    void theCustomerAnswersOnceThroughTheLinkWithoutSigningIn() {
        JsonPath invitation = given().header(ownerToken).post("/api/orders/{id}/survey-invitations", orderId).then()
                .statusCode(201).body("orderId", equalTo(orderId)).body("customerId", equalTo(customerId))
                .body("sendTo", equalTo("ada@example.com")).body("issuedBy", equalTo(owner + " (support)"))
                .extract().jsonPath();
        String token = invitation.getString("token");
        assertTrue(token.length() >= 43, "a 256-bit token: " + token);
        assertEquals("http://localhost:3000/survey/" + token, invitation.getString("url"));
        assertEquals(Duration.ofDays(14), Duration.between(Instant.parse(invitation.getString("issuedAt")),
                Instant.parse(invitation.getString("expiresAt"))));
        // Only the token's hash is stored.
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> SurveyInvitation.count("tokenHash", token)));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(
                () -> SurveyInvitation.count("tokenHash", ApiKeyHash.of(token))));

        answer(token, "{\"score\": 9, \"comment\": \"Smooth onboarding\"}").then().statusCode(204);

        String used = answer(token, "{\"score\": 10}").then().statusCode(404).contentType("application/problem+json")
                .extract().asString();
        String unknown = answer("no-such-token", "{\"score\": 10}").then().statusCode(404).extract().asString();
        assertEqualsIgnoringInstance(unknown, used);
        given().header(MANAGER).queryParam("from", start.toString()).get("/api/support-owners/{name}/nps", owner)
                .then().body("responses", equalTo(1)).body("promoters", equalTo(1)).body("nps", equalTo("100.0"));
        given().header(MANAGER).get("/api/customers/{id}", customerId).then().body("latestSurvey.score", equalTo(9))
                .body("latestSurvey.at", notNullValue());
        given().header(MANAGER).get("/api/customers/{id}/surveys", customerId).then().body("items", hasSize(1))
                .body("items[0].fromCustomer", equalTo(true)).body("items[0].supportOwner", equalTo(owner))
                .body("items[0].comment", equalTo("Smooth onboarding"));
        // Answered: the order's invitation cannot be issued again.
        given().header(ownerToken).post("/api/orders/{id}/survey-invitations", orderId).then().statusCode(409);
    }

    @Test
    void issuingAgainReplacesTheLinkAndOnlyTheOwnerOrAManagerMayIssue() {
        String first = given().header(MANAGER).post("/api/orders/{id}/survey-invitations", orderId).then()
                .statusCode(201).extract().path("token");
        String second = given().header(ownerToken).post("/api/orders/{id}/survey-invitations", orderId).then()
                .statusCode(201).extract().path("token");
        String someoneElse = owner.equals("ana.support") ? "ben.support" : "ana.support";
        given().header(Tokens.as(someoneElse, Roles.SUPPORT)).post("/api/orders/{id}/survey-invitations", orderId)
                .then().statusCode(404);
        given().header(Tokens.as("sam.seller", Roles.SELLER)).post("/api/orders/{id}/survey-invitations", orderId)
                .then().statusCode(403);

        answer(first, "{\"score\": 2}").then().statusCode(404);
        answer(second, "{\"score\": 8}").then().statusCode(204);
    }

    @Test
    void anExpiredLinkIsRefusedLikeAnUnknownOne() {
        JsonPath invitation = given().header(ownerToken).post("/api/customers/{id}/survey-invitations", customerId)
                .then().statusCode(201).body("orderId", nullValue()).extract().jsonPath();
        UUID id = UUID.fromString(invitation.getString("id"));
        QuarkusTransaction.requiringNew().run(
                () -> SurveyInvitation.update("expiresAt = ?1 where id = ?2", Instant.now().minusSeconds(1), id));

        String expired = answer(invitation.getString("token"), "{\"score\": 10}").then().statusCode(404)
                .contentType("application/problem+json").extract().asString();
        String unknown = answer("x".repeat(43), "{\"score\": 10}").then().statusCode(404).extract().asString();
        assertEqualsIgnoringInstance(unknown, expired);
        assertNoScore();
    }

    @Test
    void answersAreRateLimitedPerClientAddress() {
        // The 20 per minute of the configured rule, each an unknown token (404), then 429.
        Response flooded = RateLimitChecks.flood(20, 404, () -> given().header("X-Forwarded-For", "203.0.113.66")
                .contentType(ContentType.JSON).body("{\"score\": 5}")
                .post("/api/survey-responses/{token}", "guess-" + UUID.randomUUID()));
        flooded.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        // Another client is not held back.
        answer("guess-21", "{\"score\": 5}").then().statusCode(404);
    }

    /** Two problem answers are the same but for the instance (the request path) they name. */
    private static void assertEqualsIgnoringInstance(String expected, String actual) {
        assertEquals(expected.replaceAll("\"instance\":\"[^\"]*\"", ""), actual.replaceAll("\"instance\":\"[^\"]*\"", ""));
    }
}
