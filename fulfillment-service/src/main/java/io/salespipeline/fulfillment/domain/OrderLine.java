package io.salespipeline.fulfillment.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;

/**
 * One line of an order as the contract fixed it: a snapshot, never re-priced here, so the order
 * always shows what the customer signed for.
 */
public record OrderLine(int lineNo, String sku, String name, String unit, BigDecimal quantity, Money unitPrice,
        BigDecimal discountPercent, BigDecimal taxRatePercent, Money net, Money tax, Money total) {

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
