package io.salespipeline.fulfillment.domain;

import io.salespipeline.platform.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The order's sums as the contract fixed them: net, tax and total, in the order currency. */
@Schema(description = "The order's sums: each the sum of the lines' rounded amounts (never rounded again).")
public record OrderTotals(
        @Schema(required = true, description = "The sum of the lines' net amounts.") Money net,
        @Schema(required = true, description = "The sum of the lines' tax.") Money tax,
        @Schema(required = true, description = "The sum of the lines' totals: what the customer pays.") Money total) {
}
