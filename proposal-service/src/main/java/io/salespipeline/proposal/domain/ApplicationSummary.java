package io.salespipeline.proposal.domain;

import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One application of the products to the customer's business, copied from the prospect when
 * the proposal was drafted: the "applications and savings" section of the proposal. Period is
 * kept as text so that a new period added upstream does not break old proposals.
 */
@Schema(description = "One application of the products to the customer's business, with its estimated saving.")
public record ApplicationSummary(
        @Schema(required = true, description = "The application's id at prospect-service.",
                examples = "0193a3c5-8a9b-7c0d-9e1f-2a3b4c5d6e7f") UUID applicationId,
        @Schema(required = true, description = "The product (or product line) applied.", examples = "CRM")
        String product,
        @Schema(required = true, description = "The customer's problem it solves.",
                examples = "Quotes take two days to prepare by hand.") String problem,
        @Schema(nullable = true, description = "The estimated cost saving per period; null when only time is saved.")
        Money costSaving,
        @Schema(nullable = true, description = "The estimated time saving in hours per period; null when only cost is "
                + "saved, e.g. 120.") BigDecimal timeSavingHours,
        @Schema(required = true, description = "The period the savings are counted per (MONTH, QUARTER or YEAR, as "
                + "prospect-service names it).", examples = "MONTH") String period,
        @Schema(required = true, description = "How the seller arrived at the estimate.",
                examples = "25 sellers x 4 quotes a month x 1.2 hours saved each.") String reasoning) {
}
