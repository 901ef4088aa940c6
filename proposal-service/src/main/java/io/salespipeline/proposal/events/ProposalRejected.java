package io.salespipeline.proposal.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the customer turns a sent proposal down; prospect-service
 * takes the deal back. owner and sharedWith: the deal's ownership as it left this stage.
 * Owned by proposal-service; consumers read it tolerantly.
 */
public record ProposalRejected(UUID proposalId, UUID dealId, int version, String reason, String rejectedBy,
        Instant rejectedAt, @Nullable String owner, List<String> sharedWith) {

    public static final String TOPIC = "sales.proposal.rejected";
    public static final String TYPE = "io.salespipeline.proposal.ProposalRejected.v1";
}
