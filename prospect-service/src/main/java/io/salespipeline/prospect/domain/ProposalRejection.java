package io.salespipeline.prospect.domain;

import java.time.Instant;
import java.util.UUID;

/** The customer's latest rejection of a proposal, as proposal-service reported it: why the deal came back. */
public record ProposalRejection(UUID proposalId, Integer version, String reason, String rejectedBy,
        Instant rejectedAt) {
}
