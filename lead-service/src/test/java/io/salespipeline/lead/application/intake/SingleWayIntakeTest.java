package io.salespipeline.lead.application.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.PrometheusText;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With group commit off ({@code sales.lead-intake.writers=0}) every new lead takes the single
 * way: the request's answer comes from a worker thread, which must still know who asked and why
 * (the audit trail) and still make one lead of concurrent twins. The same way is taken whenever
 * a group could not be written.
 */
@QuarkusTest
@TestProfile(SingleWayIntakeTest.GroupCommitOff.class)
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class SingleWayIntakeTest {

    public static class GroupCommitOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sales.lead-intake.writers", "0");
        }
    }

    private static String person(String name, String email) {
        return """
                {"name": "%s", "email": "%s", "company": "Alone %s Ltd", "source": {"kind": "MANUAL", "detail": "Phone call"}}"""
                .formatted(name, email, name);
    }

    @Test
    void eachLeadIsStoredAloneWithItsCallerAndCause() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bodies.add(person("Single " + i + " " + run, "single-" + i + "-" + run + "@alone.example"));
        }
        for (int i = 0; i < 3; i++) {
            bodies.add(person("Twin " + i + " " + run, "twin-" + run + "@alone.example"));
        }
        Header seller = Tokens.as("ada.seller", Roles.SELLER);
        CyclicBarrier start = new CyclicBarrier(bodies.size());
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        List<Future<Response>> answers = new ArrayList<>();
        for (String body : bodies) {
            answers.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return given().header(seller).contentType(ContentType.JSON).body(body).post("/api/leads");
            }));
        }
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Response answer = answers.get(i).get(60, TimeUnit.SECONDS);
            assertEquals(201, answer.statusCode(), answer.asString());
            assertTrue(answer.header("Location").endsWith("/api/leads/" + answer.path("id")), answer.header("Location"));
            stored.add(answer.path("id"));
        }
        List<String> twinCreated = new ArrayList<>();
        Set<String> twinNamed = new HashSet<>();
        for (int i = 4; i < 7; i++) {
            Response answer = answers.get(i).get(60, TimeUnit.SECONDS);
            if (answer.statusCode() == 201) {
                twinCreated.add(answer.path("id"));
            } else {
                assertEquals(409, answer.statusCode(), answer.asString());
                twinNamed.add(answer.path("existingLeadId"));
            }
        }
        pool.shutdown();
        assertEquals(1, twinCreated.size());
        assertEquals(Set.of(twinCreated.get(0)), twinNamed);
        stored.add(twinCreated.get(0));

        Header manager = Tokens.as("max.manager", Roles.SALES_MANAGER);
        for (String id : stored) {
            given().header(manager).get("/api/leads/{id}", id).then().statusCode(200)
                    .body("owner", equalTo("ada.seller"));
            given().header(manager).queryParam("recordId", id).get("/api/audit").then().statusCode(200)
                    .body("items[0].action", equalTo("CREATE"))
                    .body("items[0].actor", equalTo("ada.seller (seller)"))
                    .body("items[0].cause", equalTo("POST /api/leads"));
        }
        // No group was written.
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(0.0, PrometheusText.value(metrics, "sales_lead_intake_group_size_count", ""));
    }
}
