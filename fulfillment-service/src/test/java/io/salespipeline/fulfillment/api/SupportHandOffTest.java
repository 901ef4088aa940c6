package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class SupportHandOffTest {

    // A sales manager sees every customer and its support owner.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    private static final List<String> ROSTER = List.of("ana.support", "ben.support", "chen.support");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void newCustomersGoToTheLeastBusyStaffAndTiesFollowTheRoster() {
        // Other tests of this JVM may have made customers already: finish their intake first.
        DealClosedEvents.awaitAllConsumed(kafka);

        // Each new customer goes to someone owning the fewest; that evens the counts out.
        Map<String, Long> owned = customersByOwner();
        for (int i = 0; i < 10 && new HashSet<>(owned.values()).size() > 1; i++) {
            Map<String, Long> before = owned;
            String owner = handOffOneDeal("Levelling " + i);
            assertEquals(Collections.min(before.values()), before.get(owner),
                    () -> owner + " does not own the fewest of " + before);
            owned = customersByOwner();
        }
        assertEquals(1, new HashSet<>(owned.values()).size(), "counts even: " + owned);

        // All tied: three deals go to the three staff in roster order, then it starts again.
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add(handOffOneDeal("Customer " + i));
        }
        assertEquals(List.of("ana.support", "ben.support", "chen.support", "ana.support"), owners);
    }

    private String handOffOneDeal(String company) {
        UUID dealId = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId, DealClosedEvents.dealClosed(dealId, company));
        String owner = DealClosedEvents.awaitOne("/api/customers", dealId).getString("supportOwner");
        assertTrue(ROSTER.contains(owner), owner);
        return owner;
    }

    /** Counts through the API, page by page, filtered by owner. */
    private static Map<String, Long> customersByOwner() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String owner : ROSTER) {
            long count = 0;
            String cursor = null;
            do {
                JsonPath page = given().queryParam("supportOwner", owner).queryParam("limit", "500")
                        .queryParam("cursor", cursor == null ? "" : cursor).get("/api/customers")
                        .then().statusCode(200).extract().jsonPath();
                count += page.getList("items").size();
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            counts.put(owner, count);
        }
        return counts;
    }
}
