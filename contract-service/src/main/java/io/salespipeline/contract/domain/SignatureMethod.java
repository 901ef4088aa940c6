package io.salespipeline.contract.domain;

/** How a signature was given: what its evidence can say about the person. */
public enum SignatureMethod {
    /** The seller signed with their own account. */
    SELLER_ACCOUNT,
    /** The customer signed on the page of their signing link, with a one-time code sent to their address. */
    CUSTOMER_LINK,
    /** The customer signed on paper; the seller uploaded the scan and a sales manager confirmed it. */
    WET_INK
}
