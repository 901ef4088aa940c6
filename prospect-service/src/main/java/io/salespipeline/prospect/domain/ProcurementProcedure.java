package io.salespipeline.prospect.domain;

/** How the prospect buys; the proposal's format follows it. */
public enum ProcurementProcedure {
    ONE_PAGE_QUOTE, PURCHASE_ORDER, FORMAL_RFP
}
