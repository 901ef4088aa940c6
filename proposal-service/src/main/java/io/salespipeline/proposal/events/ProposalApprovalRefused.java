package io.salespipeline.proposal.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when a sales manager refuses a draft's discounts, with the reason
 * the seller reads. Owned by proposal-service; consumers read it tolerantly.
 */
public record ProposalApprovalRefused(UUID proposalId, UUID dealId, int version, String reason,
        String refusedBy, Instant refusedAt, @Nullable String owner) {

    public static final String TOPIC = "sales.proposal.approval-refused";
    public static final String TYPE = "io.salespipeline.proposal.ProposalApprovalRefused.v1";
}
