package io.salespipeline.proposal.domain;

import java.time.Instant;

/**
 * One of the RFP's approval steps passed at the customer, as the seller recorded it: the step (as
 * the RFP names it), who at the customer approved, when, and who recorded it when.
 */
public record CustomerApprovalStep(String step, String approvedBy, Instant approvedAt, String recordedBy,
        Instant recordedAt) {

    CustomerApprovalStep withApprover(String approver) {
        return new CustomerApprovalStep(step, approver, approvedAt, recordedBy, recordedAt);
    }
}
