package io.salespipeline.proposal.domain;

import io.salespipeline.platform.stage.DealBriefing.SpecialTerm;
import java.util.List;

/**
 * The discounts a proposal promises, as special terms support is told of: one per discounted
 * line, in line order ({@code "10% off Pipeline CRM seat (CRM-SEAT), line 1"}). Lines at list price
 * promise nothing special.
 */
public final class PromisedDiscounts {

    static final String SOURCE = "PROPOSAL";
    static final String TERM = "discount";

    private PromisedDiscounts() {
    }

    public static List<SpecialTerm> of(List<ProposalLine> lines) {
        return lines.stream().filter(line -> line.discountPercent() != null && line.discountPercent().signum() > 0)
                .map(line -> new SpecialTerm(SOURCE, TERM, "%s%% off %s (%s), line %d".formatted(
                        line.discountPercent().stripTrailingZeros().toPlainString(), line.name(), line.sku(),
                        line.lineNo())))
                .toList();
    }
}
