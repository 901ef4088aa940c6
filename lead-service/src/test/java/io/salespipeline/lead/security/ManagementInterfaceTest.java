package io.salespipeline.lead.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.salespipeline.infra.SalesInfrastructure;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the management interface on, as in production (the prod profile turns it on for every
 * service): /q/* and /asyncapi.json answer on the management port only, never on the public one,
 * and the OpenAPI document names the public API as its server (Swagger UI's "Try it out").
 */
@QuarkusTest
@TestProfile(ManagementInterfaceTest.AsInProduction.class)
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class ManagementInterfaceTest {

    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.management.enabled", "true", "quarkus.management.test-port", "0",
                    "sales.openapi.public-url", "https://api.sales-pipeline.test");
        }
    }

    /** The management interface's root path (/q/); its port is what matters here. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void operationalEndpointsAreNotOnThePublicPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/",
                "/asyncapi.json"}) {
            given().redirects().follow(false).get(path).then().statusCode(404)
                    .header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void theyAreOnTheManagementPort() {
        String base = management.getProtocol() + "://" + management.getHost() + ":" + management.getPort();
        given().baseUri(base).get("/q/health/ready").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().baseUri(base).get("/q/metrics").then().statusCode(200);
        given().baseUri(base).get("/q/swagger-ui/").then().statusCode(200);
        given().baseUri(base).get("/asyncapi.json").then().statusCode(200).body("asyncapi", equalTo("3.0.0"));
        given().baseUri(base).queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("servers[0].url", equalTo("https://api.sales-pipeline.test"));
    }
}
