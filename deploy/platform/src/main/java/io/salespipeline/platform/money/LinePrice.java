package io.salespipeline.platform.money;

import io.salespipeline.platform.domain.DecimalBounds;
import io.salespipeline.platform.domain.Require;
import java.math.BigDecimal;

/**
 * The pricing rule for one line, the same wherever a line is priced (proposal, contract,
 * order). Stated rule: net = quantity x unit price x (1 - discount%), rounded to the
 * currency's minor unit HALF_EVEN; tax = net x tax rate%, rounded the same way;
 * total = net + tax. Document totals are the sums of the rounded line amounts.
 */
public record LinePrice(Money net, Money tax, Money total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static LinePrice of(BigDecimal quantity, Money unitPrice, BigDecimal discountPercent,
            BigDecimal taxRatePercent) {
        // Bounded before any product is formed: a scale of millions would cost seconds to round.
        Require.positive("quantity", DecimalBounds.require("quantity", quantity));
        DecimalBounds.require("unitPrice.amount", unitPrice.amount());
        if (unitPrice.isNegative()) {
            throw new io.salespipeline.platform.domain.InvalidInputException("unitPrice", "must not be negative");
        }
        BigDecimal discount = Require.percentage("discountPercent",
                DecimalBounds.require("discountPercent", discountPercent));
        BigDecimal taxRate = Require.percentage("taxRatePercent", DecimalBounds.require("taxRatePercent", taxRatePercent));
        Money net = unitPrice.times(quantity)
                .times(HUNDRED.subtract(discount).divide(HUNDRED))
                .rounded();
        Money tax = net.times(taxRate.divide(HUNDRED)).rounded();
        return new LinePrice(net, tax, net.plus(tax));
    }

    public LinePrice plus(LinePrice other) {
        return new LinePrice(net.plus(other.net), tax.plus(other.tax), total.plus(other.total));
    }

    public static LinePrice zero(String currency) {
        Money zero = Money.zero(currency);
        return new LinePrice(zero, zero, zero);
    }
}
