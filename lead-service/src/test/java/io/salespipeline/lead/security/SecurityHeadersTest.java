package io.salespipeline.lead.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Security headers on every answer: an operation's 200, a problem, the router's 404, a filter's refusal. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class SecurityHeadersTest {

    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    private static void apiHeaders(ValidatableResponse answer) {
        answer.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY").header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", nullValue()); // plain HTTP, no trusted proxy saying https
    }

    @Test
    void aSuccessfulAnswerAProblemAndA404CarryThem() {
        apiHeaders(given().get("/api/leads").then().statusCode(200));
        apiHeaders(given().get("/api/leads/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json"));
        apiHeaders(given().get("/api/nothing-here").then().statusCode(404));
        apiHeaders(given().header(Tokens.bearer(Tokens.expired("sam.seller", Roles.SELLER))).get("/api/leads").then()
                .statusCode(401));
        apiHeaders(given().urlEncodingEnabled(false).get("/api/leads;x=1").then().statusCode(400).contentType("application/problem+json"));
        apiHeaders(given().contentType("application/json").body("{\"notes\": \"" + "x".repeat(300 * 1024) + "\"}")
                .post("/api/leads").then().statusCode(413));
    }

    @Test
    void pagesOutsideTheApiGetNosniffButKeepTheirCachingAndFraming() {
        given().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", nullValue()).header("Cache-Control", nullValue());
        given().get("/no-such-page").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void behindATrustedProxyThatSaysHttpsAnswersCarryHsts() {
        // lead-service tests trust X-Forwarded-* (quarkus.http.proxy.* in the test profile).
        given().header("X-Forwarded-Proto", "https").get("/api/leads").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
        given().header("X-Forwarded-Proto", "https").get("/api/nothing-here").then().statusCode(404)
                .header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
    }
}
