package io.salespipeline.contract.domain;

import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.util.List;

/** Sums of rounded line amounts. */
public record Totals(Money net, Money tax, Money total) {

    public static Totals of(List<ContractLine> lines, String currency) {
        LinePrice sum = lines.stream().map(ContractLine::price).reduce(LinePrice.zero(currency), LinePrice::plus);
        return new Totals(sum.net(), sum.tax(), sum.total());
    }
}
