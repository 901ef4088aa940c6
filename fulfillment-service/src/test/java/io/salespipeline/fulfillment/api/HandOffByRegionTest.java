package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Configuration chooses the hand-off rule: here by-region, with the customer's country from DealClosed. */
@QuarkusTest
@TestProfile(HandOffByRegionTest.ByRegion.class)
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class HandOffByRegionTest {

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    public static class ByRegion implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Region staff that no other test hands customers to, so their counts are this test's alone.
            return Map.of("sales.support.rule", "by-region",
                    "sales.support.regions.dach.countries", "DE,AT,CH",
                    "sales.support.regions.dach.staff", "dora.support,emil.support",
                    "sales.support.regions.nordics.countries", "SE,NO",
                    "sales.support.regions.nordics.staff", "sven.support");
        }
    }

    private static final List<String> ROSTER = List.of("ana.support", "ben.support", "chen.support");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private String handOff(String country) {
        UUID dealId = UUID.randomUUID();
        String json = DealClosedEvents.dealClosed(dealId, "Region " + country);
        if (country != null) {
            json = json.replace("\"contactEmail\": \"Ada@Example.com\"",
                    "\"contactEmail\": \"Ada@Example.com\", \"country\": \"" + country + "\"");
        }
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId, json);
        DealClosedEvents.awaitOne("/api/orders", dealId);
        JsonPath customer = DealClosedEvents.awaitOne("/api/customers", dealId);
        given().get("/api/customers/{id}/support-owner/history", customer.getString("id")).then()
                .body("items[0].rule", org.hamcrest.Matchers.equalTo("BY_REGION"));
        return customer.getString("supportOwner");
    }

    @Test
    void aCustomerGoesToItsRegionsStaffByFewestOpenOrdersAndOtherwiseToTheRoster() {
        DealClosedEvents.awaitAllConsumed(kafka);
        assertEquals("sven.support", handOff("SE"));
        assertEquals("dora.support", handOff("de"), "tie in the region: the earlier name");
        assertEquals("emil.support", handOff("AT"), "dora has one open order now");

        // No country, or one of no region: the whole roster, the one with the fewest open orders.
        JsonPath owners = given().get("/api/support-owners").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> roster = owners.<Map<String, Object>>getList("items").stream()
                .filter(o -> ROSTER.contains((String) o.get("name"))).toList();
        String expected = roster.stream()
                .min(Comparator.comparingInt((Map<String, Object> o) -> ((Number) o.get("openOrders")).intValue())
                        .thenComparingInt(o -> ROSTER.indexOf((String) o.get("name"))))
                .map(o -> (String) o.get("name")).orElseThrow();
        String owner = handOff("FR");
        assertEquals(expected, owner);
        assertTrue(owners.getList("items.name").containsAll(List.of("dora.support", "emil.support", "sven.support")));
    }
}
