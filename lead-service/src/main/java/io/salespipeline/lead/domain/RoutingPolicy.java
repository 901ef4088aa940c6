package io.salespipeline.lead.domain;

import java.util.List;

/**
 * The routing rules in force, in order: the first rule a new lead matches fires and its team
 * takes the lead in turn (round robin), skipping sellers who are away and those at the rule's
 * capacity. No rule matches, or nobody of the team can take it: the fallback queue. No I/O: the
 * caller reads the rules and the {@link RoutingBoard} and stores what is decided.
 */
public final class RoutingPolicy {

    private final List<RoutingRule> rules;
    private final Territories territories;

    /** {@code rules} in the order they are tried. */
    public RoutingPolicy(List<RoutingRule> rules, Territories territories) {
        this.rules = List.copyOf(rules);
        this.territories = territories;
    }

    /** Where the lead goes; the decision is recorded on the board (the seller's turn and one more open lead). */
    public RoutingDecision route(Arrival arrival, RoutingBoard board) {
        RoutingRule rule = rules.stream().filter(r -> r.matches(arrival, territories)).findFirst().orElse(null);
        if (rule == null) {
            return RoutingDecision.fallback(null, null, "no routing rule matches");
        }
        RoutingDecision decision = nextSeller(rule, board);
        board.record(decision);
        return decision;
    }

    private static RoutingDecision nextSeller(RoutingRule rule, RoutingBoard board) {
        List<String> team = rule.sellers();
        // The turn continues after whoever had it last; a seller no longer in the team: from the start.
        String last = board.lastAssigned(rule.id());
        int start = last == null ? 0 : team.indexOf(last) + 1;
        boolean anyoneIn = false;
        for (int i = 0; i < team.size(); i++) {
            String seller = team.get((start + i) % team.size());
            if (board.isAway(seller)) {
                continue;
            }
            anyoneIn = true;
            if (rule.maxOpenLeads() == null || board.openLeads(seller) < rule.maxOpenLeads()) {
                return RoutingDecision.assigned(rule.id(), rule.name(), seller);
            }
        }
        return RoutingDecision.fallback(rule.id(), rule.name(), anyoneIn
                ? "every available seller of team " + rule.team() + " is at capacity (" + rule.maxOpenLeads() + " open leads)"
                : "every seller of team " + rule.team() + " is away");
    }
}
