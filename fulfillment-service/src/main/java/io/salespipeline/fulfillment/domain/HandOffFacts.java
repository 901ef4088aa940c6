package io.salespipeline.fulfillment.domain;

import java.util.Map;

/**
 * What the hand-off rules look at, as stored at the moment of the hand-off: customers and open
 * orders per support owner, who took the previous new customer, the new customer's country.
 */
public record HandOffFacts(Map<String, Long> customersByOwner, Map<String, Long> openOrdersByOwner,
        String lastHandedOffTo, String country) {

    public HandOffFacts {
        customersByOwner = Map.copyOf(customersByOwner);
        openOrdersByOwner = Map.copyOf(openOrdersByOwner);
    }
}
