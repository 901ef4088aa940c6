package io.salespipeline.proposal.domain;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A formal RFP's references as prospect-service recorded them: the RFP's own reference, its
 * submission deadline and the approval steps at the customer. Shown in the formal proposal.
 */
@Schema(description = "A formal RFP's references, as prospect-service recorded them.")
public record RfpDetails(
        @Schema(nullable = true, description = "The RFP's own reference; null when not recorded.",
                examples = "RFP-2026-017") String reference,
        @Schema(nullable = true, description = "The submission deadline (a day, UTC): after it, sending is refused "
                + "(409 rfp-deadline-passed); null when not recorded.", examples = "2026-03-15") LocalDate deadline,
        @Schema(required = true, description = "The approval steps at the customer, each to be recorded before the "
                + "acceptance; may be empty.") List<ApprovalStep> approvalSteps) {

    public RfpDetails {
        approvalSteps = approvalSteps == null ? List.of() : List.copyOf(approvalSteps);
    }

    @Schema(description = "One approval step the RFP requires at the customer.")
    public record ApprovalStep(
            @Schema(required = true, description = "The step's name.", examples = "Legal review") String step,
            @Schema(nullable = true, description = "Who at the customer approves it; null when not known.",
                    examples = "Legal department") String approver) {
    }
}
