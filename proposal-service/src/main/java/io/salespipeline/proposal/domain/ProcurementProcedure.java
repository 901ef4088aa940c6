package io.salespipeline.proposal.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the customer buys, as learned by the seller during orientation; it decides the proposal format. */
@Schema(description = "How the customer buys: ONE_PAGE_QUOTE, PURCHASE_ORDER (a quote turned into a purchase order) "
        + "or FORMAL_RFP (a request for proposal with approvals).")
public enum ProcurementProcedure {
    ONE_PAGE_QUOTE(ProposalFormat.ONE_PAGE_QUOTE),
    PURCHASE_ORDER(ProposalFormat.PURCHASE_ORDER_QUOTE),
    FORMAL_RFP(ProposalFormat.FORMAL_PROPOSAL);

    private final ProposalFormat format;

    ProcurementProcedure(ProposalFormat format) {
        this.format = format;
    }

    public ProposalFormat format() {
        return format;
    }
}
