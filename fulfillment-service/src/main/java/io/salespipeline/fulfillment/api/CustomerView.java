package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.domain.Customer;
import java.time.Instant;
import java.util.UUID;

/** A customer account as the API shows it. */
public record CustomerView(UUID id, UUID dealId, String company, String contactName, String contactEmail,
        String supportOwner, Instant createdAt) {

    public static CustomerView of(Customer customer) {
        return new CustomerView(customer.id(), customer.dealId(), customer.company(), customer.contactName(),
                customer.contactEmail(), customer.supportOwner(), customer.createdAt());
    }
}
