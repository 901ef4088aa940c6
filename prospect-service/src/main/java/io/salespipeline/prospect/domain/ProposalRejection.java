package io.salespipeline.prospect.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The customer's latest rejection of a proposal, as proposal-service reported it: why the deal came back. */
@Embeddable
@Schema(description = "The customer's latest rejection of a proposal, which brought the prospect back to ORIENTATION.")
public record ProposalRejection(
        @Schema(nullable = true, description = "The rejected proposal in proposal-service; null when not reported.")
        @Column(name = "rejected_proposal_id") UUID proposalId,
        @Schema(nullable = true, description = "The rejected version; null when not reported.", examples = "2")
        @Column(name = "rejected_proposal_version") Integer version,
        @Schema(nullable = true, description = "Why the customer rejected it; null when not given.",
                examples = "Price too high for this fiscal year.") @Column(name = "rejection_reason") String reason,
        @Schema(nullable = true, description = "Who recorded the rejection (token subject); null when not reported.",
                examples = "sam.seller") @Column(name = "rejected_by") String rejectedBy,
        @Schema(nullable = true, description = "When (UTC); null when not reported.", examples = "2026-04-10T16:00:00Z")
        @Column(name = "rejected_at") Instant rejectedAt) {

    /** An older rejection arriving late says nothing new. */
    boolean isOlderThan(ProposalRejection last) {
        return last != null && last.rejectedAt() != null && rejectedAt != null && !rejectedAt.isAfter(last.rejectedAt());
    }
}
