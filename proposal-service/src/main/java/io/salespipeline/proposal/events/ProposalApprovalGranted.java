package io.salespipeline.proposal.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when a sales manager approves a draft's discounts (comment may be
 * null): the draft may now be sent as it is. Owned by proposal-service; consumers read it tolerantly.
 */
public record ProposalApprovalGranted(UUID proposalId, UUID dealId, int version, @Nullable String comment,
        String grantedBy, Instant grantedAt, @Nullable String owner) {

    public static final String TOPIC = "sales.proposal.approval-granted";
    public static final String TYPE = "io.salespipeline.proposal.ProposalApprovalGranted.v1";
}
