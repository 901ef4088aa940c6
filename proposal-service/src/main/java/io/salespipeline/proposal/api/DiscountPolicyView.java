package io.salespipeline.proposal.api;

import io.salespipeline.platform.money.Money;
import io.salespipeline.proposal.domain.DiscountPolicy;
import io.salespipeline.proposal.domain.DiscountRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The discount policy: its limits, the names of the rules in force, who changed it last and when. */
public record DiscountPolicyView(BigDecimal maxLineDiscountPercent, Money maxTotalDiscount, List<String> rules,
        String updatedBy, Instant updatedAt) {

    static DiscountPolicyView of(DiscountPolicy policy) {
        return new DiscountPolicyView(policy.maxLineDiscountPercent(), policy.maxTotal(),
                policy.rules().stream().map(DiscountRule::name).toList(), policy.updatedBy(), policy.updatedAt());
    }
}
