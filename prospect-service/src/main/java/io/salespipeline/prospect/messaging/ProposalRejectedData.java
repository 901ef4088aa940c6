package io.salespipeline.prospect.messaging;

import io.salespipeline.platform.inbox.StatedTimes;
import io.salespipeline.prospect.domain.ProposalRejection;
import java.time.Instant;
import java.util.UUID;

/**
 * This service's tolerant reading of proposal-service's ProposalRejected.v1: only what it keeps.
 * A rejection in the future is refused (it would be kept as the prospect's last rejection).
 */
public record ProposalRejectedData(UUID proposalId, UUID dealId, Integer version, String reason, String rejectedBy,
        Instant rejectedAt) {

    public ProposalRejection toRejection() {
        StatedTimes.notInFuture("rejectedAt", rejectedAt);
        return new ProposalRejection(proposalId, version, reason, rejectedBy, rejectedAt);
    }
}
