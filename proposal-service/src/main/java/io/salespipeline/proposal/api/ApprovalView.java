package io.salespipeline.proposal.api;

import io.salespipeline.proposal.domain.ApprovalStatus;
import io.salespipeline.proposal.domain.DiscountApproval;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposal's discount approval as the API shows it; decidedBy and decisionReason once decided. */
@Schema(description = "A sales manager's approval of a draft's discounts beyond the discount policy.")
public record ApprovalView(
        @Schema(required = true, description = "Where the approval stands.", examples = "REQUESTED") ApprovalStatus status,
        @Schema(required = true, description = "The seller's note: why the discounts are worth it.",
                examples = "Strategic logo in a new market; they compare us with two competitors.") String note,
        @Schema(required = true, description = "The seller who asked, as \"subject (role)\".",
                examples = "sam.seller (seller)") String requestedBy,
        @Schema(required = true, description = "When it was asked for (UTC).", examples = "2026-03-01T09:00:00Z")
        Instant requestedAt,
        @Schema(nullable = true, description = "The sales manager who granted or refused it, as \"subject (role)\"; "
                + "null while REQUESTED (and for a request that lapsed undecided).", examples = "sara.manager (sales-manager)")
        String decidedBy,
        @Schema(nullable = true, description = "When it was granted or refused (UTC); null until then.",
                examples = "2026-03-01T11:30:00Z") Instant decidedAt,
        @Schema(nullable = true, description = "The manager's comment on a grant (optional) or reason for a refusal; "
                + "null when none.", examples = "Fine for a 3-year commitment.") String decisionReason,
        @Schema(nullable = true, description = "When a line added or removed made it lapse (UTC); null unless LAPSED.",
                examples = "2026-03-01T12:00:00Z") Instant lapsedAt) {

    static ApprovalView of(DiscountApproval approval) {
        return approval == null || approval.status() == null ? null
                : new ApprovalView(approval.status(), approval.note(), approval.requestedBy(),
                        approval.requestedAt(), approval.decidedBy(), approval.decidedAt(),
                        approval.decisionReason(), approval.lapsedAt());
    }
}
