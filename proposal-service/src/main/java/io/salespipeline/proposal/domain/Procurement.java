package io.salespipeline.proposal.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The customer's procurement procedure and the seller's notes about it. */
@Schema(description = "How the customer buys, from the prospect's hand-over.")
public record Procurement(
        @Schema(required = true, description = "The customer's procurement procedure; it decides the proposal's "
                + "format.", examples = "PURCHASE_ORDER") ProcurementProcedure procedure,
        @Schema(nullable = true, description = "The seller's notes on it; null when none.",
                examples = "Purchasing needs the quote 10 days before month end.") String notes) {
}
