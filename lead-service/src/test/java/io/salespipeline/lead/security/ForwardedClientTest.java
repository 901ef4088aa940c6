package io.salespipeline.lead.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.RateLimitChecks;
import org.junit.jupiter.api.Test;

/**
 * Behind a trusted proxy (the test profile trusts the loopback peer, as a deployment trusts its
 * ingress through SALES_TRUSTED_PROXIES) the per-IP web-form limit counts the visitor named in
 * X-Forwarded-For, not the proxy: one visitor over the limit leaves the others alone.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class ForwardedClientTest {

    static Response submit(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.URLENC)
                .body("name=x").post("/api/web-forms/{form}/submissions", "spring-campaign");
    }

    @Test
    void theLimitCountsTheForwardedVisitorFromATrustedProxy() {
        RateLimitChecks.flood(20, () -> submit("203.0.113.201")).then().statusCode(429);

        assertNotEquals(429, submit("198.51.100.201").statusCode());
        // The same visitor behind a chain of proxies: the left-most address is the visitor.
        RateLimitChecks.flood(20, () -> submit("198.51.100.202"));
        assertNotEquals(429, submit("198.51.100.203, 198.51.100.202").statusCode());
    }
}
