package io.salespipeline.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a seller may go on price without a sales manager: a limit on each line's discount (a
 * percentage) and one on the discounts of the whole proposal (an amount), each optional. An offer
 * beyond either needs an approval before it is sent. There is one policy, set by an admin; out of
 * the box a line discount above 20 % needs approval and the total is not limited.
 */
@Entity
@Table(name = "discount_policy")
public class DiscountPolicy extends PanacheEntityBase {

    /** The one policy's id (also its audit trail's recordId). */
    public static final String ID = "discount-policy";
    public static final BigDecimal STANDARD_LINE_LIMIT = BigDecimal.valueOf(20);

    @Id
    private String id;
    @Version
    private long lockVersion;
    private BigDecimal maxLineDiscountPercent;
    private BigDecimal maxTotalDiscountAmount;
    private String maxTotalDiscountCurrency;
    private String updatedBy;
    private Instant updatedAt;

    protected DiscountPolicy() {
        // for JPA
    }

    /** The policy out of the box (the migration stores the same): a line discount above 20 % needs approval. */
    public static DiscountPolicy standard() {
        DiscountPolicy policy = new DiscountPolicy();
        policy.id = ID;
        policy.maxLineDiscountPercent = STANDARD_LINE_LIMIT;
        return policy;
    }

    /** The policy in force: the stored one, or the standard one where none is stored. */
    public static DiscountPolicy current() {
        return DiscountPolicy.<DiscountPolicy>findByIdOptional(ID).orElseGet(DiscountPolicy::standard);
    }

    /**
     * New limits (an admin's). The line limit is a percentage 0..100 and always stated (100: any
     * line discount); the total limit is an amount of zero or more, or null: not limited.
     */
    public void change(BigDecimal maxLinePercent, Money maxTotal, String actor, Instant now) {
        BigDecimal line = Decimals.bounded("maxLineDiscountPercent",
                Require.percentage("maxLineDiscountPercent", Require.present("maxLineDiscountPercent", maxLinePercent)),
                4, 3);
        if (maxTotal != null && maxTotal.isNegative()) {
            throw new InvalidInputException("maxTotalDiscount.amount", "must not be negative");
        }
        BigDecimal total = maxTotal == null ? null
                : Decimals.bounded("maxTotalDiscount.amount", maxTotal.amount(), maxTotal.minorDigits(), 12);
        if (total != null && total.scale() < maxTotal.minorDigits()) {
            total = total.setScale(maxTotal.minorDigits()); // written like every amount: 50.00, not 50
        }
        // Only once both are checked: a refused change keeps the policy as it was.
        maxLineDiscountPercent = line;
        maxTotalDiscountAmount = total;
        maxTotalDiscountCurrency = maxTotal == null ? null : maxTotal.currency();
        updatedBy = actor;
        updatedAt = now;
    }

    /** The rules in force, by name. */
    public List<DiscountRule> rules() {
        List<DiscountRule> rules = new ArrayList<>();
        if (maxLineDiscountPercent != null) {
            rules.add(new LineDiscountLimit(maxLineDiscountPercent));
        }
        if (maxTotalDiscountAmount != null) {
            rules.add(new TotalDiscountLimit(maxTotal()));
        }
        return rules;
    }

    /** Everything in these lines beyond the policy; empty when a seller may send them alone. */
    public List<DiscountBreach> breachesOf(List<ProposalLine> lines, String currency) {
        return rules().stream().flatMap(rule -> rule.breachesOf(lines, currency).stream()).toList();
    }

    public BigDecimal maxLineDiscountPercent() {
        return maxLineDiscountPercent;
    }

    /** Null when the proposal's total discount is not limited. */
    public Money maxTotal() {
        return maxTotalDiscountAmount == null ? null : new Money(maxTotalDiscountAmount, maxTotalDiscountCurrency);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
