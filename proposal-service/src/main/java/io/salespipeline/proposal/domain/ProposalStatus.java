package io.salespipeline.proposal.domain;

/**
 * DRAFT -> SENT -> ACCEPTED | REJECTED | EXPIRED. SUPERSEDED is reserved for a version replaced
 * by a revision (revisions come later); nothing sets it yet.
 */
public enum ProposalStatus {
    DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED, SUPERSEDED
}
