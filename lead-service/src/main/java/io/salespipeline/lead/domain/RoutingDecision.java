package io.salespipeline.lead.domain;

import java.util.UUID;

/**
 * Where a lead goes: to {@code owner} by the rule that fired, or to the fallback queue (owner
 * null) because no rule matched or nobody of the matching rule's team was available.
 */
public record RoutingDecision(RoutingOutcome outcome, UUID ruleId, String ruleName, String owner, String reason) {

    public static RoutingDecision assigned(UUID ruleId, String ruleName, String owner) {
        return new RoutingDecision(RoutingOutcome.ASSIGNED, ruleId, ruleName, owner, null);
    }

    /** A sales manager assigned the lead before routing did: no rule, the manager's choice. */
    public static RoutingDecision byHand() {
        return new RoutingDecision(RoutingOutcome.ASSIGNED, null, null, null, "assigned by a sales manager before routing");
    }

    public static RoutingDecision fallback(UUID ruleId, String ruleName, String reason) {
        return new RoutingDecision(RoutingOutcome.FALLBACK, ruleId, ruleName, null, reason);
    }
}
