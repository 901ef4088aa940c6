package io.salespipeline.fulfillment.domain;

/**
 * How a new customer's support owner is chosen (configuration {@code sales.support.rule}).
 * Every rule is deterministic: on a tie the earlier name in the roster wins.
 */
public enum HandOffRule {
    /** The roster member owning the fewest customers. */
    FEWEST_CUSTOMERS,
    /** The roster member after the one who took the previous new customer. */
    ROUND_ROBIN,
    /** The roster member with the fewest open orders (not COMPLETED or CANCELLED). */
    FEWEST_OPEN_ORDERS,
    /**
     * The staff of the customer's region (by country), fewest open orders among them; a customer
     * whose country is unknown or in no region goes to the whole roster by fewest open orders.
     */
    BY_REGION
}
