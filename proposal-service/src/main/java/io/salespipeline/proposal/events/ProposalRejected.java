package io.salespipeline.proposal.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the customer turns a sent proposal down; prospect-service
 * takes the deal back. Owned by proposal-service; consumers read it tolerantly.
 */
public record ProposalRejected(UUID proposalId, UUID dealId, int version, String reason, String rejectedBy,
        Instant rejectedAt) {

    public static final String TOPIC = "sales.proposal.rejected";
    public static final String TYPE = "io.salespipeline.proposal.ProposalRejected.v1";
}
