package io.salespipeline.contract.domain;

import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;

/** A priced line: as accepted in the proposal, or as ordered (a part of it). */
public record ContractLine(int lineNo, String sku, String name, String unit, BigDecimal quantity, Money unitPrice,
        BigDecimal discountPercent, BigDecimal taxRatePercent, Money net, Money tax, Money total) {

    /** The same line for another quantity, priced by the platform's one line rule. */
    public ContractLine withQuantity(BigDecimal ordered) {
        LinePrice price = LinePrice.of(ordered, unitPrice, discountPercent, taxRatePercent);
        return new ContractLine(lineNo, sku, name, unit, ordered, unitPrice, discountPercent, taxRatePercent,
                price.net(), price.tax(), price.total());
    }

    LinePrice price() {
        return new LinePrice(net, tax, total);
    }
}
