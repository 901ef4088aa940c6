package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.Require;

/** Who the proposal is addressed to, as known when it was drafted (a snapshot, not a live link). */
public record Customer(String company, String contactName, String contactEmail) {

    public Customer {
        company = Require.optionalText("customer.company", company, 200);
        contactName = Require.text("customer.contactName", contactName, 200);
        contactEmail = Require.optionalText("customer.contactEmail", contactEmail, 320);
    }
}
