package io.salespipeline.lead.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.RateLimitChecks;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A peer that is not a configured proxy cannot choose its own bucket: its X-Forwarded-For is
 * ignored and the per-IP web-form limit counts the connection's address (nor does its
 * X-Forwarded-Proto make the answer HTTPS-only).
 */
@QuarkusTest
@TestProfile(UntrustedProxyTest.AsShipped.class)
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class UntrustedProxyTest {

    /**
     * What the platform trusts without SALES_TRUSTED_PROXIES: 0.0.0.0/32, no peer. (An empty value
     * here would not do: the test profile's own value, trusting the loopback, would show through.)
     */
    public static class AsShipped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // 20 an hour rather than a minute: no token comes back while the test runs.
            return Map.of("SALES_TRUSTED_PROXIES", "0.0.0.0/32", "sales.rate-limit.rules.web-forms.period", "1H");
        }
    }

    @Test
    void forwardedAddressesFromAnUntrustedPeerShareThePeersBucket() {
        RateLimitChecks.flood(20, () -> ForwardedClientTest.submit("203.0.113.211")).then().statusCode(429);

        ForwardedClientTest.submit("198.51.100.211").then().statusCode(429);
        given().contentType("application/x-www-form-urlencoded").body("name=x")
                .post("/api/web-forms/{form}/submissions", "spring-campaign").then().statusCode(429);
    }

    @Test
    void anUntrustedPeerCannotClaimHttps() {
        // SecurityHeadersTest: the same request from a trusted proxy carries HSTS.
        given().header("X-Forwarded-Proto", "https").get("/api/nothing-here")
                .then().statusCode(404).header("Strict-Transport-Security", nullValue());
    }
}
