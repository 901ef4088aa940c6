package io.salespipeline.lead.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What routing decides from, as read under the rules' lock: who is away, how many open leads each
 * seller has, and whose turn it last was in each rule. Each decision is recorded on it, so a
 * batch of leads routed together sees the turns and counts of those routed before them.
 */
public final class RoutingBoard {

    private final Set<String> away;
    private final Map<String, Long> openLeads;
    private final Map<UUID, String> lastAssigned;

    public RoutingBoard(Set<String> away, Map<String, Long> openLeads, Map<UUID, String> lastAssigned) {
        this.away = Set.copyOf(away);
        this.openLeads = new HashMap<>(openLeads);
        this.lastAssigned = new HashMap<>(lastAssigned);
    }

    boolean isAway(String seller) {
        return away.contains(seller);
    }

    long openLeads(String seller) {
        return openLeads.getOrDefault(seller, 0L);
    }

    String lastAssigned(UUID ruleId) {
        return lastAssigned.get(ruleId);
    }

    void record(RoutingDecision decision) {
        if (decision.owner() != null) {
            openLeads.merge(decision.owner(), 1L, Long::sum);
            lastAssigned.put(decision.ruleId(), decision.owner());
        }
    }

    /** Whose turn it last was in each rule, as the decisions left it. */
    public Map<UUID, String> turns() {
        return Map.copyOf(lastAssigned);
    }
}
