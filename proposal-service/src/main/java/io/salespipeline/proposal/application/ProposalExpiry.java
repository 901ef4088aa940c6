package io.salespipeline.proposal.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Expires sent proposals whose validity has ended, so lists and reports show them as EXPIRED
 * without waiting for someone to try to accept them.
 */
@ApplicationScoped
public class ProposalExpiry {

    private static final Logger LOG = Logger.getLogger(ProposalExpiry.class);

    @Inject
    Proposals proposals;

    @Scheduled(identity = "proposal-expiry", every = "${sales.proposal.expiry-check-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expireOverdue() {
        int expired = proposals.expireOverdue();
        if (expired > 0) {
            LOG.infof("%d sent proposal(s) passed their validity and expired", expired);
        }
    }
}
