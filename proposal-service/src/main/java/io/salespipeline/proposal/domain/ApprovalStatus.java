package io.salespipeline.proposal.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a proposal's discount approval stands: REQUESTED by a seller, then GRANTED or REFUSED by
 * a sales manager; LAPSED when a line changed after it was requested or granted (the decision was
 * about other lines). A REFUSED or LAPSED approval may be requested again.
 */
@Schema(description = "Where a discount approval stands: REQUESTED by a seller, GRANTED or REFUSED by a sales "
        + "manager, LAPSED when a line changed afterwards (request it again).")
public enum ApprovalStatus {
    REQUESTED, GRANTED, REFUSED, LAPSED
}
