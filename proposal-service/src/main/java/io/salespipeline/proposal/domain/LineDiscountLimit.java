package io.salespipeline.proposal.domain;

import java.math.BigDecimal;
import java.util.List;

/** A line whose discount is above this percentage needs a sales manager's approval. */
public record LineDiscountLimit(BigDecimal maxPercent) implements DiscountRule {

    public static final String NAME = "line-discount-limit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DiscountBreach> breachesOf(List<ProposalLine> lines, String currency) {
        return lines.stream().filter(line -> line.discountPercent().compareTo(maxPercent) > 0)
                .map(line -> new DiscountBreach(NAME, line.lineNo(), "line " + line.lineNo() + " (" + line.sku()
                        + ") has a " + line.discountPercent().stripTrailingZeros().toPlainString()
                        + " % discount, above the " + maxPercent.stripTrailingZeros().toPlainString()
                        + " % a seller may give"))
                .toList();
    }
}
