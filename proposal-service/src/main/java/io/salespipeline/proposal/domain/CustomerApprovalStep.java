package io.salespipeline.proposal.domain;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of the RFP's approval steps passed at the customer, as the seller recorded it: the step (as
 * the RFP names it), who at the customer approved, when, and who recorded it when.
 */
@Schema(description = "One of the RFP's approval steps passed at the customer, as the seller recorded it.")
public record CustomerApprovalStep(
        @Schema(required = true, description = "The step, as the RFP names it.", examples = "Legal review") String step,
        @Schema(required = true, description = "The customer's person (or body) who approved ([erased] once the "
                + "person asked to be forgotten).", examples = "Dr. Jonas Weber, Legal") String approvedBy,
        @Schema(required = true, description = "When it was approved at the customer (UTC).",
                examples = "2026-03-02T08:30:00Z") Instant approvedAt,
        @Schema(required = true, description = "The user who recorded it, as \"subject (role)\".",
                examples = "sam.seller (seller)") String recordedBy,
        @Schema(required = true, description = "When it was recorded (UTC).", examples = "2026-03-02T09:00:00Z")
        Instant recordedAt) {

    CustomerApprovalStep withApprover(String approver) {
        return new CustomerApprovalStep(step, approver, approvedAt, recordedBy, recordedAt);
    }
}
