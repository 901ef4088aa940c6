package io.salespipeline.contract.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A priced line: as accepted in the proposal, or as ordered (a part of it). */
@Schema(description = "A priced line, as accepted in the proposal (or, in the first order, as ordered); amounts in "
        + "the contract's currency, net and tax rounded HALF_EVEN to its minor unit.")
public record ContractLine(
        @Schema(required = true, description = "The line's number in the accepted proposal; the first order names "
                + "lines by it.", minimum = "1", examples = "1") int lineNo,
        @Schema(required = true, description = "The product's SKU.", examples = "CRM-SEAT") String sku,
        @Schema(required = true, description = "The product's name.", examples = "CRM seat licence") String name,
        @Schema(required = true, description = "The unit the quantity counts.", examples = "seat/month") String unit,
        @Schema(required = true, description = "How many units (accepted, or ordered), greater than zero, e.g. 25.") BigDecimal quantity,
        @Schema(required = true, description = "The price of one unit, as accepted.") Money unitPrice,
        @Schema(required = true, description = "The discount on the line in percent, 0 to 100, e.g. 10.")
        BigDecimal discountPercent,
        @Schema(required = true, description = "The tax rate in percent, 0 to 100, e.g. 19.")
        BigDecimal taxRatePercent,
        @Schema(required = true, description = "quantity x unitPrice x (1 - discountPercent/100), rounded.") Money net,
        @Schema(required = true, description = "net x taxRatePercent/100, rounded.") Money tax,
        @Schema(required = true, description = "net + tax.") Money total) {

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
