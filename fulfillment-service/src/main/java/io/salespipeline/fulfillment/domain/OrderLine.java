package io.salespipeline.fulfillment.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of an order as the contract fixed it: a snapshot, never re-priced here, so the order
 * always shows what the customer signed for.
 */
@Schema(description = "One priced line of an order; amounts are in the order's currency, net and tax rounded "
        + "HALF_EVEN to its minor unit.")
public record OrderLine(
        @Schema(required = true, description = "The line's number: the contract's line number for a first order, "
                + "1, 2, ... in the order given for a later one.", minimum = "1", examples = "1") int lineNo,
        @Schema(required = true, description = "The product's SKU.", examples = "CRM-SEAT") String sku,
        @Schema(required = true, description = "The product's name as ordered (a later order given none: the SKU).",
                examples = "CRM seat licence") String name,
        @Schema(nullable = true, description = "The unit the quantity counts; null when a later order gave none.",
                examples = "seat/month") String unit,
        @Schema(required = true, description = "How many units, greater than zero, e.g. 25.") BigDecimal quantity,
        @Schema(required = true, description = "The price of one unit, as the contract fixed it (or the later order "
                + "gave it).") Money unitPrice,
        @Schema(required = true, description = "The discount on the line in percent, 0 to 100, e.g. 10.")
        BigDecimal discountPercent,
        @Schema(required = true, description = "The tax rate in percent, 0 to 100, e.g. 19.")
        BigDecimal taxRatePercent,
        @Schema(required = true, description = "quantity x unitPrice x (1 - discountPercent/100), rounded.") Money net,
        @Schema(required = true, description = "net x taxRatePercent/100, rounded.") Money tax,
        @Schema(required = true, description = "net + tax.") Money total) {

    /** Checks the line belongs in an order kept in {@code currency}; {@code field} names it in errors. */
    OrderLine checkedFor(String currency, String field) {
        Require.positive(field + ".quantity", quantity);
        for (Money amount : new Money[] {unitPrice, net, tax, total}) {
            if (amount != null && !amount.currency().equals(currency)) {
                throw new InvalidInputException(field + ".currency",
                        "must be the order currency " + currency + ", not " + amount.currency());
            }
        }
        Require.present(field + ".net", net);
        Require.present(field + ".tax", tax);
        Require.present(field + ".total", total);
        return this;
    }
}
