package io.salespipeline.fulfillment.domain;

import java.util.List;

/** The configured hand-off rule over the roster (and, for BY_REGION, the regions). */
public record HandOffPolicy(HandOffRule rule, SupportRoster roster, List<SupportRegion> regions) {

    public HandOffPolicy {
        if (rule == null) {
            throw new IllegalStateException("sales.support.rule must name a hand-off rule");
        }
        regions = List.copyOf(regions);
        if (rule == HandOffRule.BY_REGION && regions.isEmpty()) {
            throw new IllegalStateException("the BY_REGION hand-off rule needs sales.support.regions");
        }
    }

    /** The support owner of a new customer, given the facts stored now. */
    public String ownerFor(HandOffFacts facts) {
        return switch (rule) {
            case FEWEST_CUSTOMERS -> roster.ownerFor(facts.customersByOwner());
            case ROUND_ROBIN -> roster.after(facts.lastHandedOffTo());
            case FEWEST_OPEN_ORDERS -> roster.ownerFor(facts.openOrdersByOwner());
            case BY_REGION -> regions.stream().filter(region -> region.covers(facts.country())).findFirst()
                    .map(SupportRegion::staff).orElse(roster).ownerFor(facts.openOrdersByOwner());
        };
    }

    /** Every support owner the policy may hand off to. */
    public List<String> everyone() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(roster.staff());
        regions.forEach(region -> names.addAll(region.staff().staff()));
        return List.copyOf(names);
    }
}
