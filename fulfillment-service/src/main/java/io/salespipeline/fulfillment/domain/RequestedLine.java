package io.salespipeline.fulfillment.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a later order as the customer asks for it; priced by the platform's line rule. */
@Schema(description = "One line of a later order as the customer asks for it; the server prices it.")
public record RequestedLine(
        @Schema(required = true, description = "The product's SKU (at most 64 characters); not checked against a "
                + "catalogue: the line is taken as ordered.", examples = "CRM-SEAT") String sku,
        @Schema(description = "The product's name on the order; absent: the SKU.", examples = "CRM seat licence")
        String name,
        @Schema(description = "The unit the quantity counts (at most 50 characters).", examples = "seat/month")
        String unit,
        @Schema(required = true, description = "How many units, greater than zero, e.g. 25.")
        BigDecimal quantity,
        @Schema(required = true, description = "The price of one unit, not negative, in the order's currency.")
        Money unitPrice,
        @Schema(description = "The discount on the line in percent (e.g. 10), 0 to 100; absent: 0.")
        BigDecimal discountPercent,
        @Schema(description = "The tax rate in percent (e.g. 19), 0 to 100; absent: 0.")
        BigDecimal taxRatePercent) {

    OrderLine priced(int lineNo, String currency, String field) {
        String checkedSku = Require.text(field + ".sku", sku, 64);
        BigDecimal qty = Require.positive(field + ".quantity", quantity);
        Require.present(field + ".unitPrice", unitPrice);
        if (!unitPrice.currency().equals(currency)) {
            throw new InvalidInputException(field + ".unitPrice", "must be in the order currency " + currency);
        }
        if (unitPrice.isNegative()) {
            throw new InvalidInputException(field + ".unitPrice", "must not be negative");
        }
        BigDecimal discount = Require.percentage(field + ".discountPercent",
                discountPercent == null ? BigDecimal.ZERO : discountPercent);
        BigDecimal tax = Require.percentage(field + ".taxRatePercent",
                taxRatePercent == null ? BigDecimal.ZERO : taxRatePercent);
        LinePrice price = LinePrice.of(qty, unitPrice, discount, tax);
        return new OrderLine(lineNo, checkedSku, Require.optionalText(field + ".name", name, 200) == null ? checkedSku
                : name.strip(), Require.optionalText(field + ".unit", unit, 50), qty, unitPrice, discount, tax,
                price.net(), price.tax(), price.total());
    }
}
