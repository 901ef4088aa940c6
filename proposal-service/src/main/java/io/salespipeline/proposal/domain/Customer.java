package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.Require;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the proposal is addressed to, as known when it was drafted (a snapshot, not a live link). */
@Schema(description = "Whom the proposal is addressed to, as the prospect's hand-over named them (a snapshot).")
public record Customer(
        @Schema(nullable = true, description = "The customer's company; null when the prospect named none.",
                examples = "Acme Logistics GmbH") String company,
        @Schema(required = true, description = "The contact person ([erased] once the person asked to be forgotten).",
                examples = "Maria Schmidt") String contactName,
        @Schema(nullable = true, format = "email", description = "The contact person's e-mail address; null when "
                + "unknown or erased.", examples = "maria.schmidt@acme.example") String contactEmail) {

    public Customer {
        company = Require.optionalText("customer.company", company, 200);
        contactName = Require.text("customer.contactName", contactName, 200);
        contactEmail = Require.optionalText("customer.contactEmail", contactEmail, 320);
    }
}
