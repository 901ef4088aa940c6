package io.salespipeline.platform.stage;

import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.money.Money;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Kept by a record of an earlier stage (a lead, a prospect) whose deal was won at the contract
 * stage: when it closed and its first order's value, in the columns {@code deal_won_at},
 * {@code deal_won_amount} and {@code deal_won_currency}.
 */
@Embeddable
public class DealWonMark {

    private Instant dealWonAt;
    private BigDecimal dealWonAmount;
    private String dealWonCurrency;

    protected DealWonMark() {
        // for JPA
    }

    public static DealWonMark of(Instant closedAt, Money value) {
        Require.present("closedAt", closedAt);
        Require.present("value", value);
        DealWonMark mark = new DealWonMark();
        mark.dealWonAt = closedAt;
        mark.dealWonAmount = value.amount();
        mark.dealWonCurrency = value.currency();
        return mark;
    }

    public DealWin dealWin() {
        return new DealWin(dealWonAt, new Money(dealWonAmount, dealWonCurrency));
    }
}
