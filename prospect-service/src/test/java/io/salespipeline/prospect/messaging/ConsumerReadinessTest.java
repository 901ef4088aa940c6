package io.salespipeline.prospect.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Readiness names each Kafka channel's consumer group and the partitions it holds: the service
 * is ready once every consumer has its first assignment (one replica here, so all partitions).
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class ConsumerReadinessTest {

    @Test
    void readinessReportsEachConsumersGroupAndAssignment() {
        // A liveness bound, generous: joining a group takes well under a second on a quiet broker.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);

        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        Map<String, String> consumers = ready.getMap("checks.find { it.name == 'consumers' }.data");
        assertEquals("UP", ready.getString("checks.find { it.name == 'consumers' }.status"), ready.prettify());
        Map<String, String> groups = Map.of(
                "lead-qualified", "group prospect-service: [sales.lead.qualified-",
                "proposal-rejected", "group prospect-service: [sales.proposal.rejected-",
                "erasure-requested", "group prospect-service: [privacy.erasure.requested-",
                "deal-lost", "group prospect-service-deal-lost: [sales.deal.lost-",
                "deal-access-changed", "group prospect-service-deal-access-changed: [sales.deal.access-changed-",
                "deal-closed", "group prospect-service-deal-closed: [sales.deal.closed-",
                "person-keys", "group prospect-service-person-keys: [privacy.person-keys-");
        assertEquals(groups.keySet(), consumers.keySet(), ready.prettify());
        groups.forEach((channel, held) -> assertTrue(consumers.get(channel).startsWith(held),
                channel + " holds its topic's partitions: " + ready.prettify()));
    }
}
