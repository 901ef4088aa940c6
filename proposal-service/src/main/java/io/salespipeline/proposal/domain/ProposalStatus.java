package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * DRAFT -> SENT -> ACCEPTED | REJECTED | EXPIRED, and SENT -> SUPERSEDED when a revision (the
 * next version) replaces it. WITHDRAWN: the deal was lost elsewhere while the proposal was still
 * a draft or awaiting the customer's answer. Only DRAFT changes; every other state is a fact.
 */
@Schema(description = "Where a proposal version stands: DRAFT -> SENT -> ACCEPTED | REJECTED | EXPIRED; SUPERSEDED "
        + "when a revision replaced a SENT version; WITHDRAWN when the deal was lost elsewhere before an answer.")
public enum ProposalStatus {
    DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED, SUPERSEDED, WITHDRAWN;

    /** Refuses {@code action} unless the proposal is in the {@code expected} state. */
    void require(ProposalStatus expected, String action) {
        if (this != expected) {
            throw new IllegalTransitionException("proposal", this, action);
        }
    }

    /** A version the seller may revise: sent and still open, or answered without a sale. */
    boolean isRevisable() {
        return this == SENT || this == REJECTED || this == EXPIRED;
    }

    /**
     * The state of a version once the next one replaced it: a SENT one, still open, is SUPERSEDED;
     * a REJECTED or EXPIRED one keeps its state (it already has an answer); any other is refused.
     */
    ProposalStatus revised() {
        if (!isRevisable()) {
            throw new IllegalTransitionException("proposal", this, "revision", this == DRAFT
                    ? "A draft is changed directly; only a sent proposal is revised."
                    : "A proposal in state " + this + " cannot be revised.");
        }
        return this == SENT ? SUPERSEDED : this;
    }
}
