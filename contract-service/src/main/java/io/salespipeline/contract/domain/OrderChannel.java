package io.salespipeline.contract.domain;

/** How the first order reached the seller. */
public enum OrderChannel {
    /** The customer placed it on the page of their first-order link. */
    CUSTOMER_LINK,
    /** The customer sent a purchase order by mail; the seller recorded it. */
    MAIL
}
