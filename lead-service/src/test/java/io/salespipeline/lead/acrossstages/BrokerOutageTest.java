package io.salespipeline.lead.acrossstages;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.EmbeddedInfrastructure;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broker away for a while: writes answer as usual, readiness stays UP and says what is
 * degraded, and what the outbox held goes out in order once the broker is back (through the
 * relay's retry: the safety-net tick is an hour here).
 */
@QuarkusTest
@TestProfile(NoSafetyNetTick.class)
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class BrokerOutageTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    @Inject
    KafkaClientService clients;

    /**
     * The connector gives its clients a reconnect back-off of up to 10 s unless told otherwise: a
     * broker back from a restart then waited up to 10 s for a producer's next attempt. Every client
     * of the service tries again within a second and gives up a hanging attempt within two.
     */
    @Test
    void everyKafkaClientTriesTheBrokerAgainWithinASecond() {
        List<Map<String, ?>> configurations = new java.util.ArrayList<>();
        configurations.add(clients.getProducer("sales-outbox").configuration());
        clients.getConsumerChannels().forEach(channel -> clients.getConsumers(channel)
                .forEach(consumer -> configurations.add(consumer.configuration())));
        assertTrue(configurations.size() > 1, "the outbox's producer and the service's consumers");
        for (Map<String, ?> configuration : configurations) {
            assertEquals("1000", String.valueOf(configuration.get("reconnect.backoff.max.ms")), configuration.toString());
            assertEquals("1000", String.valueOf(configuration.get("socket.connection.setup.timeout.ms")),
                    configuration.toString());
            assertEquals("2000", String.valueOf(configuration.get("socket.connection.setup.timeout.max.ms")),
                    configuration.toString());
        }
    }

    @Test
    void writesGoOnWhileTheBrokerIsAwayAndTheirEventsFollowInOrder() {
        // Ready first (its consumers hold their partitions): a service that never was ready has
        // nothing to stay ready about.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        String lead = Leads.create("outage-" + Long.toString(System.nanoTime(), 36) + "@example.com");
        String dealId = Leads.qualify(lead);
        List<List<String>> shares = List.of(List.of("ann.seller"), List.of("ann.seller", "bob.seller"),
                List.of("ann.seller", "bob.seller", "cy.seller"), List.of("dee.seller"));

        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.shared();
        try (EventTap tap = new EventTap(kafka, "sales.deal.access-changed")) {
            infrastructure.stopKafka();
            try {
                for (List<String> share : shares) {
                    given().contentType(ContentType.JSON).body(Map.of("sharedWith", share))
                            .put("/api/leads/{id}/sharing", lead).then().statusCode(200);
                }
                JsonPath degraded = awaitOutbox(true);
                assertTrue(degraded.getString("broker").startsWith("unreachable since"), degraded.prettify());
                assertTrue(degraded.getLong("backlog") >= shares.size(), degraded.prettify());
                assertTrue(degraded.getString("relay").startsWith("failing since"), degraded.prettify());
            } finally {
                infrastructure.startKafka();
            }

            // Generous liveness bound; the harness measures how fast.
            tap.await(e -> dealId.equals(e.key()) && e.value().contains("dee.seller"), Duration.ofSeconds(60));
            List<List<String>> received = tap.collect(Duration.ZERO).stream()
                    .filter(e -> dealId.equals(e.key()))
                    .map(e -> JsonPath.from(e.value()).getList("sharedWith", String.class))
                    .distinct() // at least once: a repeat may follow its original
                    .toList();
            assertEquals(shares, received);
        }
        JsonPath healthy = awaitOutbox(false);
        assertEquals("reachable", healthy.getString("broker"));
    }

    /** Readiness stays UP all along; waits until its outbox check says degraded (or not). */
    private static JsonPath awaitOutbox(boolean degraded) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertEquals("UP", ready.getString("status"), ready.prettify());
            JsonPath outbox = JsonPath.from(ready.prettify()).setRootPath("checks.find { it.name == 'outbox' }.data");
            if (outbox.getBoolean("degraded") == degraded) {
                return outbox;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Readiness never said degraded=" + degraded + ": " + ready.prettify());
            }
            sleep(500);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
