package io.salespipeline.proposal.domain;

/** The shape of the document the customer receives, chosen by how the customer buys. */
public enum ProposalFormat {
    /** A single page: lines, totals, validity. */
    ONE_PAGE_QUOTE,
    /** A quote a purchasing department can turn into a purchase order (references, terms). */
    PURCHASE_ORDER_QUOTE,
    /** A formal proposal with sections: summary, applications and savings, pricing, terms, validity. */
    FORMAL_PROPOSAL
}
