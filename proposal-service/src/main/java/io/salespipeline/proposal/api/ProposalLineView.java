package io.salespipeline.proposal.api;

import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import io.salespipeline.proposal.domain.ProposalLine;
import java.math.BigDecimal;

/** A priced line as the API shows it; net, tax and total are already rounded to the currency's minor unit (HALF_EVEN). */
public record ProposalLineView(int lineNo, String sku, String name, String unit, BigDecimal quantity, Money unitPrice,
        BigDecimal discountPercent, BigDecimal taxRatePercent, Money net, Money tax, Money total) {

    static ProposalLineView of(ProposalLine line, String currency) {
        LinePrice price = line.price(currency);
        return new ProposalLineView(line.lineNo(), line.sku(), line.name(), line.unit(), line.quantity(),
                line.unitPrice(currency), line.discountPercent(), line.taxRatePercent(), price.net(), price.tax(),
                price.total());
    }

    /** Sums of the rounded line amounts. */
    public record Totals(Money net, Money tax, Money total) {

        static Totals of(LinePrice sum) {
            return new Totals(sum.net(), sum.tax(), sum.total());
        }
    }
}
