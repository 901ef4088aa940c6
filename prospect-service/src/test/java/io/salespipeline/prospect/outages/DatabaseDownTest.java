package io.salespipeline.prospect.outages;

import static io.restassured.RestAssured.given;
import static io.salespipeline.prospect.LeadQualifiedFixture.TOPIC;
import static io.salespipeline.prospect.LeadQualifiedFixture.TYPE;
import static io.salespipeline.prospect.LeadQualifiedFixture.awaitProspectIds;
import static io.salespipeline.prospect.LeadQualifiedFixture.leadQualified;
import static io.salespipeline.prospect.LeadQualifiedFixture.openProspect;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.salespipeline.infra.EmbeddedInfrastructure;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.SalesManagerTest;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The database goes away and comes back: requests answer 503 problem+json with Retry-After
 * (never 500, never a hang), the service recovers by itself, and an event that arrived meanwhile
 * is processed once the database is back, not parked on the dead-letter topic.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class DatabaseDownTest extends SalesManagerTest {

    /** Longer than the inbox's bounded retries of other failures would last. */
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    /** A liveness bound, generous: an answer must come, not hang on the missing database. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

    private static final String INTERACTION = """
            {"type": "CALL", "occurredAt": "2026-01-10T09:00:00Z", "outcome": "Intro call",
             "nextStep": "Book a demo", "followUpOn": "2026-01-17", "interestLevel": "HIGH"}""";

    @Test
    void requestsAnswer503WhileTheDatabaseIsDownAndNothingIsSkippedOnceItIsBack() {
        assumeFalse("containers".equals(System.getProperty("sales.infra")),
                "stops the embedded PostgreSQL; Dev Services' container is not ours to stop");
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.shared();
        try (EventSender sender = new EventSender(kafka());
                EventTap deadLetters = new EventTap(kafka(), "dead-letter-topic-lead-qualified")) {
            String id = openProspect(sender, UUID.randomUUID());
            UUID lateDeal = UUID.randomUUID();

            long stopped = System.nanoTime();
            infrastructure.stopPostgres();
            try {
                sender.send(TOPIC, UUID.randomUUID().toString(), TYPE, lateDeal, leadQualified(lateDeal, "Ada Lovelace"));
                assertUnavailable("read", spec -> spec.get("/api/prospects/{id}", id));
                assertUnavailable("write", spec -> spec.contentType(ContentType.JSON).body(INTERACTION)
                        .post("/api/prospects/{id}/interactions", id));
                // Readiness takes the replica out of rotation; liveness keeps it running (nothing to restart).
                given().get("/q/health/ready").then().statusCode(503);
                given().get("/q/health/live").then().statusCode(200);
                sleepUntil(stopped + OUTAGE.toNanos());
            } finally {
                infrastructure.startPostgres();
            }
            long restarted = System.nanoTime();

            // The pool holds no broken connection: the very first requests succeed.
            given().get("/api/prospects/{id}", id).then().statusCode(200);
            given().contentType(ContentType.JSON).body(INTERACTION).post("/api/prospects/{id}/interactions", id)
                    .then().statusCode(201);
            System.out.printf("Database outage: the first read and write succeeded within %d ms of PostgreSQL's return%n",
                    (System.nanoTime() - restarted) / 1_000_000);
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().get("/q/health/ready").statusCode() == 200);

            assertEquals(1, awaitProspectIds(lateDeal).size());
            System.out.printf("Database outage: the event sent meanwhile was processed %d ms after PostgreSQL was back%n",
                    (System.nanoTime() - restarted) / 1_000_000);
            assertTrue(deadLetters.collect(Duration.ofSeconds(1)).stream()
                    .noneMatch(event -> lateDeal.toString().equals(event.key())), "the event was dead-lettered");
        }
    }

    private static void assertUnavailable(String what, Function<RequestSpecification, io.restassured.response.Response> call) {
        RequestSpecification spec = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", (int) ANSWER_WITHIN.toMillis() + 10_000)));
        long started = System.nanoTime();
        ValidatableResponse response = call.apply(spec).then();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Database outage: the %s answered %d in %d ms%n", what,
                response.extract().statusCode(), millis);
        response.statusCode(503)
                .contentType(containsString("application/problem+json"))
                .header("Retry-After", not(equalTo(null)))
                .body("status", equalTo(503))
                .body("type", equalTo("https://salespipeline.io/problems/service-unavailable"));
        assertTrue(millis < ANSWER_WITHIN.toMillis(), what + " took " + millis + " ms");
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
