package io.salespipeline.contract.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.util.List;

/** A priced line: as accepted in the proposal, or as ordered (a part of it). */
public record ContractLine(int lineNo, String sku, String name, String unit, BigDecimal quantity, Money unitPrice,
        BigDecimal discountPercent, BigDecimal taxRatePercent, Money net, Money tax, Money total) {

    /** An accepted proposal has at least one line; the first order names them by number, so each number once. */
    static void requireAccepted(List<ContractLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("lines", "an accepted proposal has at least one line");
        }
        if (lines.stream().map(ContractLine::lineNo).distinct().count() != lines.size()) {
            throw new InvalidInputException("lines", "an accepted proposal names each line number once");
        }
    }

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
