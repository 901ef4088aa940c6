package io.salespipeline.lead.acrossstages;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Many hand-offs at once: each one's events leave through the wake-up that follows its commit,
 * without a single failed relay attempt (the relay awaits the broker outside any transaction). The
 * safety-net tick is set to an hour here, so an event that needed it would not arrive in time.
 */
@QuarkusTest
@TestProfile(NoSafetyNetTick.class)
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class HandOffRelayTest {

    private static final int DEALS = 60;
    private static final int CLIENTS = 16;
    private static final Header SELLER = Tokens.as("sam.seller", Roles.SELLER);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    MeterRegistry meters;

    @Test
    void concurrentHandOffsAreRelayedByTheirWakeUpWithoutAFailure() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            String lead = given().header(SELLER).contentType(ContentType.JSON).body("""
                    {"name": "Relay %d %s", "email": "relay-%d-%s@example.com", "company": "Relay %d Ltd",
                     "source": {"kind": "MANUAL", "detail": "Phone call"}}""".formatted(i, run, i, run, i))
                    .post("/api/leads").then().statusCode(201).extract().path("id");
            given().header(SELLER).contentType(ContentType.JSON).body("{\"viable\": true, \"reasons\": \"fits\"}")
                    .post("/api/leads/{id}/assessment", lead).then().statusCode(200);
            leads.add(lead);
        }
        double failuresBefore = failures();
        try (EventTap qualified = new EventTap(kafka, "sales.lead.qualified");
                EventTap access = new EventTap(kafka, "sales.deal.access-changed")) {
            CyclicBarrier start = new CyclicBarrier(CLIENTS);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<String>> deals = new ArrayList<>();
            for (int i = 0; i < DEALS; i++) {
                String lead = leads.get(i);
                boolean first = i < CLIENTS;
                deals.add(clients.submit(() -> {
                    if (first) {
                        start.await(10, TimeUnit.SECONDS);
                    }
                    String dealId = given().header(SELLER).contentType(ContentType.JSON).body(
                            "{\"channel\": \"PHONE\", \"expressedAt\": \"2026-11-20T09:30:00Z\", \"topics\": \"pricing\"}")
                            .post("/api/leads/{id}/interest", lead).then().statusCode(200).extract().path("dealId");
                    given().header(SELLER).contentType(ContentType.JSON).body("{\"sharedWith\": [\"sue.seller\"]}")
                            .put("/api/leads/{id}/sharing", lead).then().statusCode(200);
                    return dealId;
                }));
            }
            Set<String> dealIds = new HashSet<>();
            for (Future<String> deal : deals) {
                dealIds.add(deal.get(60, TimeUnit.SECONDS));
            }
            clients.shutdown();

            // Generous liveness bound: without the wake-up these would wait for the hourly tick.
            for (String dealId : dealIds) {
                qualified.await(e -> dealId.equals(e.key()), Duration.ofSeconds(30));
                access.await(e -> dealId.equals(e.key()), Duration.ofSeconds(30));
            }
        }
        assertEquals(failuresBefore, failures(), "failed relay attempts");
        assertTrue(SendsOutsideTransactions.ACKNOWLEDGED.get() >= 2 * DEALS, "the witness saw the sends");
        assertEquals(0, SendsOutsideTransactions.ACKNOWLEDGED_IN_A_TRANSACTION.get(),
                () -> "acknowledgements awaited inside a transaction: " + SendsOutsideTransactions.SEEN);
    }

    private double failures() {
        var counter = meters.find("sales.outbox.relay.failures").counter();
        return counter == null ? 0 : counter.count();
    }
}
