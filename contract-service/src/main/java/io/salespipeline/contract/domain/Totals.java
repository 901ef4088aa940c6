package io.salespipeline.contract.domain;

import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sums of rounded line amounts. */
@Schema(description = "Sums of the lines' rounded amounts (a sum is never rounded again).")
public record Totals(
        @Schema(required = true, description = "The sum of the lines' net amounts.") Money net,
        @Schema(required = true, description = "The sum of the lines' tax.") Money tax,
        @Schema(required = true, description = "The sum of the lines' totals: what the customer pays.") Money total) {

    public static Totals of(List<ContractLine> lines, String currency) {
        LinePrice sum = lines.stream().map(ContractLine::price).reduce(LinePrice.zero(currency), LinePrice::plus);
        return new Totals(sum.net(), sum.tax(), sum.total());
    }
}
