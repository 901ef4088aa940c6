package io.salespipeline.proposal.api;

import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import io.salespipeline.proposal.domain.ProposalLine;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A priced line as the API shows it; net, tax and total are already rounded to the currency's minor unit (HALF_EVEN). */
@Schema(description = "A priced line of a proposal; net, tax and total are rounded HALF_EVEN to the currency's minor "
        + "unit by the server.")
public record ProposalLineView(
        @Schema(required = true, description = "The line's number within the proposal, 1, 2, ... (never reused "
                + "after a removal); kept by revisions, named by the first order.", minimum = "1", examples = "1")
        int lineNo,
        @Schema(required = true, description = "The catalogue product's SKU.", examples = "CRM-SEAT") String sku,
        @Schema(required = true, description = "The product's name when the line was added.",
                examples = "CRM seat licence") String name,
        @Schema(required = true, description = "The unit the quantity counts.", examples = "seat/month") String unit,
        @Schema(required = true, description = "How many units, greater than zero, e.g. 25.") BigDecimal quantity,
        @Schema(required = true, description = "The price of one unit: the catalogue's when the line was added, or "
                + "the negotiated price given with it; never changes afterwards.") Money unitPrice,
        @Schema(required = true, description = "The discount on the line in percent, 0 to 100, e.g. 10.")
        BigDecimal discountPercent,
        @Schema(required = true, description = "The tax rate in percent, 0 to 100, e.g. 19.")
        BigDecimal taxRatePercent,
        @Schema(required = true, description = "quantity x unitPrice x (1 - discountPercent/100), rounded.") Money net,
        @Schema(required = true, description = "net x taxRatePercent/100, rounded.") Money tax,
        @Schema(required = true, description = "net + tax.") Money total) {

    static ProposalLineView of(ProposalLine line, String currency) {
        LinePrice price = line.price(currency);
        return new ProposalLineView(line.lineNo(), line.sku(), line.name(), line.unit(), line.quantity(),
                line.unitPrice(currency), line.discountPercent(), line.taxRatePercent(), price.net(), price.tax(),
                price.total());
    }

    /** Sums of the rounded line amounts. */
    @Schema(description = "Sums of the lines' rounded amounts (a sum is never rounded again); zero without lines.")
    public record Totals(
            @Schema(required = true, description = "The sum of the lines' net amounts.") Money net,
            @Schema(required = true, description = "The sum of the lines' tax.") Money tax,
            @Schema(required = true, description = "The sum of the lines' totals: what the customer pays.") Money total) {

        static Totals of(LinePrice sum) {
            return new Totals(sum.net(), sum.tax(), sum.total());
        }
    }
}
