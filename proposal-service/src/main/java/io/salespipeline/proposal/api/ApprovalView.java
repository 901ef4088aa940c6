package io.salespipeline.proposal.api;

import io.salespipeline.proposal.domain.ApprovalStatus;
import io.salespipeline.proposal.domain.DiscountApproval;
import java.time.Instant;

/** A proposal's discount approval as the API shows it; decidedBy and decisionReason once decided. */
public record ApprovalView(ApprovalStatus status, String note, String requestedBy, Instant requestedAt,
        String decidedBy, Instant decidedAt, String decisionReason, Instant lapsedAt) {

    static ApprovalView of(DiscountApproval approval) {
        return approval == null || approval.status() == null ? null
                : new ApprovalView(approval.status(), approval.note(), approval.requestedBy(),
                        approval.requestedAt(), approval.decidedBy(), approval.decidedAt(),
                        approval.decisionReason(), approval.lapsedAt());
    }
}
