package io.salespipeline.proposal.domain;

/**
 * DRAFT -> SENT -> ACCEPTED | REJECTED | EXPIRED, and SENT -> SUPERSEDED when a revision (the
 * next version) replaces it. Only DRAFT changes; every other state is a fact about a sent offer.
 */
public enum ProposalStatus {
    DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED, SUPERSEDED;

    /** A version the seller may revise: sent and still open, or answered without a sale. */
    boolean isRevisable() {
        return this == SENT || this == REJECTED || this == EXPIRED;
    }
}
