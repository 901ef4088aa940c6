package io.salespipeline.proposal.api;

import io.salespipeline.platform.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Request bodies of the discount approval and the discount policy. */
public final class ApprovalRequests {

    private ApprovalRequests() {
    }

    /** Why the discounts are worth it, for the sales manager who decides. */
    public record ApprovalRequestInput(@NotBlank String note) {
    }

    /** An optional comment for the seller. */
    public record ApprovalGrantInput(String comment) {
    }

    /** Why not, for the seller. */
    public record ApprovalRefusalInput(@NotBlank String reason) {
    }

    /**
     * The whole policy: the highest line discount a seller may give alone (0..100; 100: any), and
     * the most a proposal's discounts may add up to (null: not limited).
     */
    public record DiscountPolicyInput(@NotNull BigDecimal maxLineDiscountPercent, Money maxTotalDiscount) {
    }
}
