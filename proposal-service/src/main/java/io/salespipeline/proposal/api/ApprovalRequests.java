package io.salespipeline.proposal.api;

import io.salespipeline.platform.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the discount approval and the discount policy. */
public final class ApprovalRequests {

    private ApprovalRequests() {
    }

    /** Why the discounts are worth it, for the sales manager who decides. */
    @Schema(description = "A request for a sales manager's approval of the draft's discounts.")
    public record ApprovalRequestInput(
            @Schema(description = "Why the discounts are worth it, for the sales manager who decides (at most 2000 "
                    + "characters).", examples = "Strategic logo in a new market; they compare us with two competitors.")
            @NotBlank String note) {
    }

    /** An optional comment for the seller. */
    @Schema(description = "A sales manager's approval of the requested discounts.")
    public record ApprovalGrantInput(
            @Schema(description = "An optional comment for the seller (at most 2000 characters).",
                    examples = "Fine for a 3-year commitment.") String comment) {
    }

    /** Why not, for the seller. */
    @Schema(description = "A sales manager's refusal of the requested discounts.")
    public record ApprovalRefusalInput(
            @Schema(description = "Why not, for the seller (at most 2000 characters).",
                    examples = "Beyond 25% only for multi-year contracts.") @NotBlank String reason) {
    }

    /**
     * The whole policy: the highest line discount a seller may give alone (0..100; 100: any), and
     * the most a proposal's discounts may add up to (null: not limited).
     */
    @Schema(description = "The whole discount policy, replacing the current one.")
    public record DiscountPolicyInput(
            @Schema(description = "The highest discount in percent a seller may give on a line alone, 0 to 100 "
                    + "(100: any), e.g. 20.") @NotNull BigDecimal maxLineDiscountPercent,
            @Schema(description = "The most the discounts of one proposal may add up to, not negative; left out or "
                    + "null: not limited.") Money maxTotalDiscount) {
    }
}
