package io.salespipeline.proposal.domain;

import io.salespipeline.platform.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a group of deals (a stage, a source) is worth in one currency, and how many deals that is. */
@Schema(description = "What a group of deals is worth in one currency, and how many deals that is.")
public record CurrencyTotal(
        @Schema(required = true, description = "The sum of the group's amounts in this currency, exact (rounded to "
                + "the currency's minor unit).") Money total,
        @Schema(required = true, description = "How many deals the sum covers.", minimum = "1", examples = "3")
        long deals) {
}
