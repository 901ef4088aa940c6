package io.salespipeline.fulfillment.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;

/** One line of a later order as the customer asks for it; priced by the platform's line rule. */
public record RequestedLine(String sku, String name, String unit, BigDecimal quantity, Money unitPrice,
        BigDecimal discountPercent, BigDecimal taxRatePercent) {

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
