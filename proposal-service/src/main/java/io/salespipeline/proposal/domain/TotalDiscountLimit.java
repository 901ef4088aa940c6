package io.salespipeline.proposal.domain;

import io.salespipeline.platform.money.Money;
import java.util.List;

/**
 * A proposal whose discounts add up to more than this amount needs a sales manager's approval.
 * Amounts are never converted: a proposal in another currency than the limit's cannot be
 * compared with it, so any discount on it needs approval.
 */
public record TotalDiscountLimit(Money maxTotal) implements DiscountRule {

    public static final String NAME = "total-discount-limit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DiscountBreach> breachesOf(List<ProposalLine> lines, String currency) {
        Money total = lines.stream().map(line -> line.discount(currency)).reduce(Money.zero(currency), Money::plus);
        if (!currency.equals(maxTotal.currency())) {
            return total.amount().signum() > 0 ? List.of(new DiscountBreach(NAME, null, "the proposal gives "
                    + total.amount().toPlainString() + " " + currency + " of discounts, and the limit of "
                    + limit() + " cannot be compared with an amount in " + currency)) : List.of();
        }
        return total.amount().compareTo(maxTotal.amount()) > 0 ? List.of(new DiscountBreach(NAME, null,
                "the proposal's discounts add up to " + total.amount().toPlainString() + " " + currency
                        + ", above the " + limit() + " a seller may give")) : List.of();
    }

    private String limit() {
        return maxTotal.amount().toPlainString() + " " + maxTotal.currency();
    }
}
