package io.salespipeline.proposal.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when a seller asks a sales manager to approve a draft's discounts
 * beyond the discount policy: the note, and each rule the draft goes beyond (lineNo null for a
 * rule about the whole proposal). Owned by proposal-service; consumers read it tolerantly.
 */
public record ProposalApprovalRequested(UUID proposalId, UUID dealId, int version, String note, List<Breach> breaches,
        String requestedBy, Instant requestedAt, @Nullable String owner, List<String> sharedWith) {

    public static final String TOPIC = "sales.proposal.approval-requested";
    public static final String TYPE = "io.salespipeline.proposal.ProposalApprovalRequested.v1";

    public record Breach(String rule, @Nullable Integer lineNo, String detail) {
    }
}
