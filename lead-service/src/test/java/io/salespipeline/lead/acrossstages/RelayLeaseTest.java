package io.salespipeline.lead.acrossstages;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.outbox.RelayLease;
import io.salespipeline.platform.security.Roles;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas relay from one table: one at a time, or a deal's later event could leave before its
 * earlier one. Here the test plays a second replica that holds the lease and then dies.
 */
@QuarkusTest
@TestProfile(NoSafetyNetTick.class)
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class RelayLeaseTest {

    @Inject
    RelayLease lease;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    private boolean take(String holder) {
        return QuarkusTransaction.requiringNew().call(() -> lease.take(holder));
    }

    private void release(String holder) {
        QuarkusTransaction.requiringNew().run(() -> lease.release(holder));
    }

    /** The service's own relay holds the lease only while it has a batch on its way. */
    private void takeWhenFree(String holder) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!take(holder)) {
            assertTrue(System.nanoTime() < deadline, "the lease was never free");
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Test
    void oneHolderAtATimeUntilItReleasesOrItsLeaseRunsOut() {
        takeWhenFree("replica-a");
        try {
            assertFalse(take("replica-b"), "a running lease is not taken");
            assertTrue(take("replica-a"), "its holder renews it");
        } finally {
            release("replica-a");
        }
        assertTrue(take("replica-b"), "a released lease is taken at once");
        release("replica-b");
    }

    @Test
    void aDeadReplicasLeaseHoldsBackTheOthersUntilItRunsOutThenTheyRelayInOrder() {
        String lead = Leads.create("lease-" + Long.toString(System.nanoTime(), 36) + "@example.com");
        String dealId = Leads.qualify(lead);
        List<List<String>> shares = List.of(List.of("ann.seller"), List.of("ann.seller", "bob.seller"),
                List.of("cy.seller"));

        try (EventTap tap = new EventTap(kafka, "sales.deal.access-changed")) {
            takeWhenFree("dead-replica");
            for (List<String> share : shares) {
                given().contentType(ContentType.JSON).body(Map.of("sharedWith", share))
                        .put("/api/leads/{id}/sharing", lead).then().statusCode(200);
            }
            assertTrue(take("dead-replica"), "renewed: it runs for another lease from now");
            assertTrue(tap.collect(Duration.ofSeconds(2)).stream().noneMatch(e -> dealId.equals(e.key())),
                    "nothing is relayed while another replica holds the lease");

            // The dead replica renews no more: the service's own relay takes over once the lease
            // has run out (without the hourly tick) and sends the deal's events in order.
            tap.await(e -> dealId.equals(e.key()) && e.value().contains("cy.seller"), Duration.ofSeconds(30));
            List<List<String>> received = tap.collect(Duration.ZERO).stream()
                    .filter(e -> dealId.equals(e.key()))
                    .map(e -> JsonPath.from(e.value()).getList("sharedWith", String.class))
                    .toList();
            assertEquals(shares, received);
        }
    }
}
