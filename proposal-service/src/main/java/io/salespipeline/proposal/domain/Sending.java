package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A draft going to the customer: who sent it and when. Only an offer with at least one line,
 * still valid today, is sent; from then on the proposal does not change.
 */
@Embeddable
public class Sending {

    private String sentBy;
    private Instant sentAt;

    protected Sending() {
        // for JPA
    }

    static Sending of(Offer offer, String actor, Instant now) {
        if (offer.isEmpty()) {
            throw new IllegalTransitionException("proposal", ProposalStatus.DRAFT, "sending",
                    "A proposal without lines cannot be sent: add at least one line.");
        }
        if (offer.endedBefore(now)) {
            throw new IllegalTransitionException("proposal", ProposalStatus.DRAFT, "sending",
                    "The proposal's validity ended on " + offer.validUntil() + ": it cannot be sent.");
        }
        Sending sending = new Sending();
        sending.sentBy = actor;
        sending.sentAt = now;
        return sending;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
