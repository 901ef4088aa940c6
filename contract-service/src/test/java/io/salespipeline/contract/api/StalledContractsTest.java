package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;

import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.stall.StalledDeals;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A draft contract untouched for the stage's days (10) is a stalled deal: listed, and published once
 * on sales.contract.deal-stalled even when two watches run at once. Its last change is moved back in
 * the database: the stage's configuration (table, open statuses) is what is tested here.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class StalledContractsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    StalledDeals stalledDeals;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @AfterEach
    void signOut() {
        Tokens.signOut();
    }

    private List<String> stalled() {
        return given().get("/api/stalled-deals").then().statusCode(200).extract().jsonPath().getList("recordId");
    }

    private void lastChangedDaysAgo(String id, int days) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update contract set updated_at = now() - make_interval(days => :days) where id = :id")
                .setParameter("days", days).setParameter("id", UUID.fromString(id)).executeUpdate());
    }

    @Test
    void aContractWithoutActivityForTheStagesDaysIsStalledOnce() {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.contractFor(kafka, dealId, UUID.randomUUID().toString());
        lastChangedDaysAgo(id, 9);
        assertFalse(stalled().contains(id), "9 days are not yet 10");

        try (EventTap tap = new EventTap(kafka, "sales.contract.deal-stalled")) {
            lastChangedDaysAgo(id, 11);
            assertTrue(stalled().contains(id));
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(stalledDeals::detect);
            CompletableFuture<Integer> two = CompletableFuture.supplyAsync(stalledDeals::detect);
            one.join();
            two.join();
            List<EventTap.Event> events = tap.awaitAll(e -> dealId.toString().equals(e.key()),
                    Duration.ofSeconds(30), Duration.ofSeconds(3));
            assertEquals(1, events.size(), "one stall, one event: " + events);
            JsonPath event = JsonPath.from(events.get(0).value());
            assertEquals(id, event.getString("recordId"));
            assertEquals("CONTRACT", event.getString("stage"));
            assertEquals("DRAFT", event.getString("status"));
            assertEquals(10, event.getInt("afterDays"));
        }
    }
}
