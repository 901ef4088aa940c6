package io.salespipeline.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salespipeline.platform.domain.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    private static final Territories TERRITORIES = new Territories(Map.of("dach", Set.of("de", "AT", " ch")));
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static RoutingRule rule(String name, RoutingWay way, String ref, List<String> countries, String region,
            List<String> sellers, Integer capacity) {
        return RoutingRule.define(new RoutingRule.Settings(null, name, way, ref, countries, region, "team " + name,
                sellers, capacity), 0, TERRITORIES, "ada.admin (admin)", NOW);
    }

    private static RoutingBoard board() {
        return new RoutingBoard(Set.of(), Map.of(), Map.of());
    }

    private static List<String> owners(RoutingPolicy policy, Arrival arrival, RoutingBoard board, int leads) {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            owners.add(policy.route(arrival, board).owner());
        }
        return owners;
    }

    @Test
    void theFirstMatchingRuleFiresAndItsTeamTakesTurns() {
        RoutingRule dachForms = rule("DACH forms", RoutingWay.WEB_FORM, null, List.of(), "DACH", List.of("ana", "ben"), null);
        RoutingRule everything = rule("everything", null, null, List.of(), null, List.of("zoe"), null);
        RoutingPolicy policy = new RoutingPolicy(List.of(dachForms, everything), TERRITORIES);
        RoutingBoard board = board();

        assertEquals(List.of("ana", "ben", "ana"), owners(policy, new Arrival(RoutingWay.WEB_FORM, "f", "at"), board, 3));
        RoutingDecision other = policy.route(new Arrival(RoutingWay.IMPORT, "i", "AT"), board);
        assertEquals("zoe", other.owner());
        assertEquals("everything", other.ruleName());
        assertEquals(RoutingOutcome.ASSIGNED, other.outcome());
        assertEquals("zoe", policy.route(new Arrival(RoutingWay.WEB_FORM, "f", "FR"), board).owner(), "not DACH");
        assertEquals("zoe", policy.route(new Arrival(RoutingWay.WEB_FORM, "f", null), board).owner(), "no country");
    }

    @Test
    void aRuleForOneFormOrKeyTakesOnlyThatOnesLeadsAndCountriesNarrowIt() {
        RoutingRule partner = rule("partner key", RoutingWay.API_KEY, "key-1", List.of("gb", "IE"), null, List.of("ana"), null);
        RoutingPolicy policy = new RoutingPolicy(List.of(partner), TERRITORIES);

        assertEquals("ana", policy.route(new Arrival(RoutingWay.API_KEY, "key-1", "GB"), board()).owner());
        RoutingDecision otherKey = policy.route(new Arrival(RoutingWay.API_KEY, "key-2", "GB"), board());
        assertEquals(RoutingOutcome.FALLBACK, otherKey.outcome());
        assertNull(otherKey.ruleId());
        assertEquals("no routing rule matches", otherKey.reason());
        assertEquals(RoutingOutcome.FALLBACK, policy.route(new Arrival(RoutingWay.API_KEY, "key-1", "DE"), board()).outcome());
    }

    @Test
    void sellersWhoAreAwayAreSkippedAndTheTurnGoesOnAfterTheLastOne() {
        RoutingRule all = rule("all", null, null, null, null, List.of("ana", "ben", "chen"), null);
        RoutingPolicy policy = new RoutingPolicy(List.of(all), TERRITORIES);
        RoutingBoard board = new RoutingBoard(Set.of("ben"), Map.of(), Map.of(all.id(), "ana"));

        assertEquals(List.of("chen", "ana", "chen"), owners(policy, new Arrival(RoutingWay.IMPORT, null, "DE"), board, 3));
        assertEquals("chen", board.turns().get(all.id()));
    }

    @Test
    void sellersAtCapacityAreSkippedAndAFullTeamSendsTheLeadToTheFallbackQueue() {
        RoutingRule capped = rule("capped", null, null, null, null, List.of("ana", "ben"), 2);
        RoutingPolicy policy = new RoutingPolicy(List.of(capped), TERRITORIES);
        RoutingBoard board = new RoutingBoard(Set.of(), Map.of("ana", 2L), Map.of());

        assertEquals(List.of("ben", "ben"), owners(policy, new Arrival(RoutingWay.IMPORT, null, "DE"), board, 2));
        RoutingDecision full = policy.route(new Arrival(RoutingWay.IMPORT, null, "DE"), board);
        assertEquals(RoutingOutcome.FALLBACK, full.outcome());
        assertEquals(capped.id(), full.ruleId(), "the rule that matched is named");
        assertEquals("every available seller of team team capped is at capacity (2 open leads)", full.reason());
    }

    @Test
    void aTeamAllAwaySendsTheLeadToTheFallbackQueueNotToTheNextRule() {
        RoutingRule first = rule("first", null, null, null, null, List.of("ana"), null);
        RoutingRule second = rule("second", null, null, null, null, List.of("ben"), null);
        RoutingPolicy policy = new RoutingPolicy(List.of(first, second), TERRITORIES);

        RoutingDecision decision = policy.route(new Arrival(RoutingWay.WEB_FORM, "f", "DE"),
                new RoutingBoard(Set.of("ana"), Map.of(), Map.of()));
        assertEquals(RoutingOutcome.FALLBACK, decision.outcome());
        assertEquals("first", decision.ruleName());
        assertEquals("every seller of team team first is away", decision.reason());
    }

    @Test
    void aBadRuleIsRefusedNamingTheField() {
        assertField("sellers", () -> rule("x", null, null, null, null, List.of(), null));
        assertField("sellers", () -> rule("x", null, null, null, null, List.of("ana", "ana"), null));
        assertField("countries", () -> rule("x", null, null, List.of("Germany"), null, List.of("ana"), null));
        assertField("region", () -> rule("x", null, null, List.of("DE"), "dach", List.of("ana"), null));
        assertField("region", () -> rule("x", null, null, null, "atlantis", List.of("ana"), null));
        assertField("wayRef", () -> rule("x", RoutingWay.IMPORT, "i-1", null, null, List.of("ana"), null));
        assertField("wayRef", () -> rule("x", null, "f", null, null, List.of("ana"), null));
        assertField("maxOpenLeads", () -> rule("x", null, null, null, null, List.of("ana"), 0));
        assertField("name", () -> rule(" ", null, null, null, null, List.of("ana"), null));
    }

    private static void assertField(String field, Runnable definition) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, definition::run);
        assertEquals(field, refused.errors().get(0).field(), refused.getMessage());
    }
}
