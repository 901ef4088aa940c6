package io.salespipeline.lead.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/**
 * How a lead was routed: the way it came in ({@code ref}: the form, API key or import), then the
 * rule that fired and the outcome. A way without an outcome waits for routing; no way at all: the
 * lead was never for routing (a seller's own, or entered by a sales manager).
 */
@Embeddable
public record LeadRouting(
        @Enumerated(EnumType.STRING) @Column(name = "routing_way") RoutingWay way,
        @Column(name = "routing_ref") String ref,
        @Enumerated(EnumType.STRING) @Column(name = "routing_outcome") RoutingOutcome outcome,
        @Column(name = "routing_rule_id") UUID ruleId,
        @Column(name = "routing_rule") String ruleName,
        @Column(name = "routing_reason") String reason,
        @Column(name = "routed_at") Instant routedAt) {

    public static final LeadRouting NONE = new LeadRouting(null, null, null, null, null, null, null);

    public static LeadRouting awaiting(RoutingWay way, String ref) {
        return new LeadRouting(way, ref, null, null, null, null, null);
    }

    public LeadRouting decided(RoutingDecision decision, Instant now) {
        return new LeadRouting(way, ref, decision.outcome(), decision.ruleId(), decision.ruleName(),
                decision.reason(), now);
    }

    public boolean awaiting() {
        return way != null && outcome == null;
    }
}
