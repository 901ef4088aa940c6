package io.salespipeline.proposal.api;

import io.salespipeline.platform.money.Money;
import io.salespipeline.proposal.domain.DiscountPolicy;
import io.salespipeline.proposal.domain.DiscountRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The discount policy: its limits, the names of the rules in force, who changed it last and when. */
@Schema(description = "The discount policy: beyond these limits a proposal needs a sales manager's approval before "
        + "it is sent.")
public record DiscountPolicyView(
        @Schema(required = true, description = "The highest discount in percent a seller may give on a line alone, 0 "
                + "to 100 (100: any), e.g. 20.") BigDecimal maxLineDiscountPercent,
        @Schema(nullable = true, description = "The most the discounts of one proposal may add up to; null: not "
                + "limited. A proposal in another currency needs approval for any discount (amounts are never "
                + "converted).") Money maxTotalDiscount,
        @Schema(required = true, description = "The names of the rules in force.",
                examples = "[\"line-discount-limit\", \"total-discount-limit\"]") List<String> rules,
        @Schema(nullable = true, description = "The admin who changed it last, as \"subject (role)\"; null while "
                + "the standard policy applies.", examples = "ada.admin (admin)") String updatedBy,
        @Schema(nullable = true, description = "When it was changed last (UTC); null while the standard policy "
                + "applies.", examples = "2026-02-01T08:00:00Z") Instant updatedAt) {

    static DiscountPolicyView of(DiscountPolicy policy) {
        return new DiscountPolicyView(policy.maxLineDiscountPercent(), policy.maxTotal(),
                policy.rules().stream().map(DiscountRule::name).toList(), policy.updatedBy(), policy.updatedAt());
    }
}
