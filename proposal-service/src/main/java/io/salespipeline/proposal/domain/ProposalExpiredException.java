package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import java.time.LocalDate;

/**
 * Refuses an action on a proposal whose validity has ended. Unlike other refusals the proposal
 * HAS changed (it is now EXPIRED), so the use case commits before answering 409.
 */
public class ProposalExpiredException extends IllegalTransitionException {

    public ProposalExpiredException(String action, LocalDate validUntil) {
        super("proposal", ProposalStatus.EXPIRED, action,
                "The proposal was valid until " + validUntil + " and has expired; it can no longer be accepted.");
    }
}
