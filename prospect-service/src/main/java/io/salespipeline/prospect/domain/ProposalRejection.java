package io.salespipeline.prospect.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** The customer's latest rejection of a proposal, as proposal-service reported it: why the deal came back. */
@Embeddable
public record ProposalRejection(@Column(name = "rejected_proposal_id") UUID proposalId,
        @Column(name = "rejected_proposal_version") Integer version,
        @Column(name = "rejection_reason") String reason,
        @Column(name = "rejected_by") String rejectedBy,
        @Column(name = "rejected_at") Instant rejectedAt) {

    /** An older rejection arriving late says nothing new. */
    boolean isOlderThan(ProposalRejection last) {
        return last != null && last.rejectedAt() != null && rejectedAt != null && !rejectedAt.isAfter(last.rejectedAt());
    }
}
