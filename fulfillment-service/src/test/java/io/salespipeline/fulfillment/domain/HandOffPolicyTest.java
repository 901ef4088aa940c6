package io.salespipeline.fulfillment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandOffPolicyTest {

    private final SupportRoster roster = new SupportRoster(List.of("ana", "ben", "chen"));
    private final List<SupportRegion> regions = List.of(
            new SupportRegion("dach", Set.of("de", " AT", "CH"), new SupportRoster(List.of("ana", "dora"))),
            new SupportRegion("uk", Set.of("GB"), new SupportRoster(List.of("ben"))));

    private static HandOffFacts facts(Map<String, Long> customers, Map<String, Long> open, String last, String country) {
        return new HandOffFacts(customers, open, last, country);
    }

    @Test
    void fewestCustomersLooksOnlyAtCustomerCounts() {
        HandOffPolicy policy = new HandOffPolicy(HandOffRule.FEWEST_CUSTOMERS, roster, List.of());
        assertEquals("chen", policy.ownerFor(facts(Map.of("ana", 2L, "ben", 2L, "chen", 1L),
                Map.of("chen", 9L), "chen", "DE")));
    }

    @Test
    void roundRobinTakesTheNextAfterThePreviousHandOffAndWrapsAround() {
        HandOffPolicy policy = new HandOffPolicy(HandOffRule.ROUND_ROBIN, roster, List.of());
        assertEquals("ana", policy.ownerFor(facts(Map.of(), Map.of(), null, null)), "first hand-off");
        assertEquals("ben", policy.ownerFor(facts(Map.of("ben", 50L), Map.of(), "ana", null)), "ignores counts");
        assertEquals("ana", policy.ownerFor(facts(Map.of(), Map.of(), "chen", null)), "wraps");
        assertEquals("ana", policy.ownerFor(facts(Map.of(), Map.of(), "left.the.team", null)), "unknown: start");
    }

    @Test
    void fewestOpenOrdersLooksOnlyAtOpenOrders() {
        HandOffPolicy policy = new HandOffPolicy(HandOffRule.FEWEST_OPEN_ORDERS, roster, List.of());
        assertEquals("ben", policy.ownerFor(facts(Map.of("ben", 10L), Map.of("ana", 3L, "ben", 1L, "chen", 2L),
                null, null)));
        assertEquals("chen", policy.ownerFor(facts(Map.of(), Map.of("ana", 1L, "ben", 1L), null, null)));
        assertEquals("ana", policy.ownerFor(facts(Map.of(), Map.of(), null, null)), "tie: roster order");
    }

    @Test
    void byRegionChoosesAmongTheRegionsStaffByOpenOrdersAndFallsBackToTheRoster() {
        HandOffPolicy policy = new HandOffPolicy(HandOffRule.BY_REGION, roster, regions);
        assertEquals("dora", policy.ownerFor(facts(Map.of(), Map.of("ana", 2L, "dora", 1L, "ben", 0L), null, "at")));
        assertEquals("ana", policy.ownerFor(facts(Map.of(), Map.of(), null, "DE")), "tie inside the region");
        assertEquals("ben", policy.ownerFor(facts(Map.of(), Map.of("ben", 7L), null, "GB")), "only one in the region");
        assertEquals("chen", policy.ownerFor(facts(Map.of(), Map.of("ana", 1L, "ben", 1L), null, "FR")),
                "no region: the roster");
        assertEquals("ana", policy.ownerFor(facts(Map.of(), Map.of(), null, null)), "unknown country: the roster");
        assertEquals(List.of("ana", "ben", "chen", "dora"), policy.everyone());
    }

    @Test
    void byRegionNeedsRegions() {
        assertThrows(IllegalStateException.class, () -> new HandOffPolicy(HandOffRule.BY_REGION, roster, List.of()));
        assertThrows(IllegalStateException.class, () -> new HandOffPolicy(null, roster, List.of()));
    }
}
