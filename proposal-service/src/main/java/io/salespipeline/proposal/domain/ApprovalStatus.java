package io.salespipeline.proposal.domain;

/**
 * Where a proposal's discount approval stands: REQUESTED by a seller, then GRANTED or REFUSED by
 * a sales manager; LAPSED when a line changed after it was requested or granted (the decision was
 * about other lines). A REFUSED or LAPSED approval may be requested again.
 */
public enum ApprovalStatus {
    REQUESTED, GRANTED, REFUSED, LAPSED
}
