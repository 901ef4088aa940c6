package io.salespipeline.fulfillment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a new customer's support owner is chosen (configuration {@code sales.support.rule}).
 * Every rule is deterministic: on a tie the earlier name in the roster wins.
 */
@Schema(description = "How a new customer's support owner was chosen (sales.support.rule): FEWEST_CUSTOMERS, ROUND_ROBIN, "
        + "FEWEST_OPEN_ORDERS, or BY_REGION (the staff of the customer's region by country); ties go to the earlier "
        + "name in the roster.")
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
