package io.salespipeline.proposal.domain;

/**
 * DRAFT -> SENT -> ACCEPTED | REJECTED | EXPIRED. SUPERSEDED is reserved for a version replaced
 * by a revision (revisions come later); nothing sets it yet. WITHDRAWN: the deal was lost
 * elsewhere while the proposal was still a draft or awaiting the customer's answer.
 */
public enum ProposalStatus {
    DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED, SUPERSEDED, WITHDRAWN
}
