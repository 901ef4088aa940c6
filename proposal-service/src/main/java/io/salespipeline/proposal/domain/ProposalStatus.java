package io.salespipeline.proposal.domain;

/**
 * DRAFT -> SENT -> ACCEPTED | REJECTED | EXPIRED, and SENT -> SUPERSEDED when a revision (the
 * next version) replaces it. WITHDRAWN: the deal was lost elsewhere while the proposal was still
 * a draft or awaiting the customer's answer. Only DRAFT changes; every other state is a fact.
 */
public enum ProposalStatus {
    DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED, SUPERSEDED, WITHDRAWN;

    /** A version the seller may revise: sent and still open, or answered without a sale. */
    boolean isRevisable() {
        return this == SENT || this == REJECTED || this == EXPIRED;
    }
}
