package io.salespipeline.proposal.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A formal RFP's references as prospect-service recorded them: the RFP's own reference, its
 * submission deadline and the approval steps at the customer. Shown in the formal proposal.
 */
public record RfpDetails(String reference, LocalDate deadline, List<ApprovalStep> approvalSteps) {

    public RfpDetails {
        approvalSteps = approvalSteps == null ? List.of() : List.copyOf(approvalSteps);
    }

    public record ApprovalStep(String step, String approver) {
    }
}
