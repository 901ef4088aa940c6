package io.salespipeline.proposal.application;

import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.proposal.domain.DiscountPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;

/** The discount policy an admin sets (audited like every change: platform audit trail, recordId discount-policy). */
@ApplicationScoped
@RetriedOnConcurrentChange
public class DiscountPolicies {

    @Inject
    CurrentActor actor;

    public DiscountPolicy current() {
        return DiscountPolicy.current();
    }

    /** Replaces both limits; null switches a rule off. Applies to every sending from now on. */
    @Transactional
    public DiscountPolicy change(BigDecimal maxLineDiscountPercent, Money maxTotalDiscount) {
        DiscountPolicy policy = DiscountPolicy.<DiscountPolicy>findByIdOptional(DiscountPolicy.ID).orElse(null);
        boolean stored = policy != null;
        if (!stored) {
            policy = DiscountPolicy.standard();
        }
        policy.change(maxLineDiscountPercent, maxTotalDiscount, actor.name(), Instant.now());
        if (!stored) {
            policy.persist();
        }
        return policy;
    }
}
