package io.salespipeline.proposal.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Expires sent proposals whose validity has ended, so lists and reports show them as EXPIRED
 * without waiting for someone to try to accept them.
 */
@ApplicationScoped
public class ProposalExpiry {

    private static final Logger LOG = Logger.getLogger(ProposalExpiry.class);

    @Inject
    ProposalUseCases proposals;

    @Scheduled(identity = "proposal-expiry", every = "${sales.proposal.expiry-check-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expireOverdue() {
        int expired = expireOverdue(Instant.now());
        if (expired > 0) {
            LOG.infof("%d sent proposal(s) passed their validity and expired", expired);
        }
    }

    /**
     * Marks every sent proposal whose validity has ended as EXPIRED; returns how many. Each in
     * its own transaction: one that a request changes meanwhile (accepted, or expired by the
     * attempt) is skipped and does not hold back the others.
     */
    int expireOverdue(Instant now) {
        List<UUID> overdue = QuarkusTransaction.requiringNew().call(() -> Proposal.<Proposal>list(
                "status = ?1 and offer.validUntil < ?2", ProposalStatus.SENT, LocalDate.ofInstant(now, ZoneOffset.UTC))
                .stream().map(Proposal::id).toList());
        int expired = 0;
        for (UUID id : overdue) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> expire(load(id), now))) {
                    expired++;
                }
            } catch (RuntimeException changedMeanwhile) {
                LOG.debugf(changedMeanwhile, "Proposal %s changed while expiring; the next run looks again", id);
            }
        }
        return expired;
    }

    private boolean expire(Proposal proposal, Instant now) {
        if (!proposal.expireIfOverdue(now)) {
            return false;
        }
        proposals.recordExpiry(proposal);
        return true;
    }

    /** Without the caller's visibility: this job acts for no one. */
    private static Proposal load(UUID id) {
        return Proposal.<Proposal>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("proposal", id));
    }
}
