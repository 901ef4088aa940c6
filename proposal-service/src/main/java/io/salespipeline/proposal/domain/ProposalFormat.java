package io.salespipeline.proposal.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of the document the customer receives, chosen by how the customer buys. */
@Schema(description = "The document's shape, chosen by how the customer buys: ONE_PAGE_QUOTE (lines, totals, "
        + "validity), PURCHASE_ORDER_QUOTE (with the buyer's purchase-order references), FORMAL_PROPOSAL (sections: "
        + "summary, applications and savings, pricing, terms, validity).")
public enum ProposalFormat {
    /** A single page: lines, totals, validity. */
    ONE_PAGE_QUOTE,
    /** A quote a purchasing department can turn into a purchase order (references, terms). */
    PURCHASE_ORDER_QUOTE,
    /** A formal proposal with sections: summary, applications and savings, pricing, terms, validity. */
    FORMAL_PROPOSAL
}
