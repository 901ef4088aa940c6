package io.salespipeline.proposal.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the deal's latest proposal is revised: {@code proposalId} is
 * the new draft (version {@code version}), {@code revisedFromId} the version it replaces (a sent
 * one is superseded by it). Owned by proposal-service; consumers read it tolerantly.
 */
public record ProposalRevised(UUID proposalId, UUID dealId, int version, UUID revisedFromId, String revisedBy,
        Instant revisedAt) {

    public static final String TOPIC = "sales.proposal.revised";
    public static final String TYPE = "io.salespipeline.proposal.ProposalRevised.v1";
}
