package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One priced line. The product's name, unit and unit price are copied from the catalogue when
 * the line is added, and the rounded amounts are stored as computed then: what the customer
 * was offered never changes with the catalogue.
 */
@Embeddable
public class ProposalLine {

    private int lineNo;
    private String sku;
    private String name;
    private String unit;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal discountPercent;
    private BigDecimal taxRatePercent;
    private BigDecimal net;
    private BigDecimal tax;
    private BigDecimal total;

    protected ProposalLine() {
        // for JPA
    }

    private ProposalLine(int lineNo, Product product, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent,
            BigDecimal taxRatePercent, LinePrice price) {
        this.lineNo = lineNo;
        this.sku = product.sku();
        this.name = product.name();
        this.unit = product.unit();
        this.quantity = quantity;
        this.unitPrice = unitPrice.amount();
        this.discountPercent = discountPercent;
        this.taxRatePercent = taxRatePercent;
        this.net = price.net().amount();
        this.tax = price.tax().amount();
        this.total = price.total().amount();
    }

    /**
     * A catalogue product offered at the given unit price (a negotiated price), or at the
     * catalogue's price of this moment when none is given; everything is checked before the line exists.
     * Either way the product must have a price in the proposal's currency (its price book decides in
     * which currencies it is sold).
     */
    static ProposalLine offered(int lineNo, Product product, BigDecimal quantity, Money unitPrice,
            BigDecimal discountPercent, BigDecimal taxRatePercent, String currency) {
        if (!product.active()) {
            throw new InvalidInputException("sku", "product " + product.sku() + " is retired and cannot be offered");
        }
        Money cataloguePrice = product.priceIn(currency);
        BigDecimal checkedQuantity = Decimals.bounded("quantity", Require.positive("quantity", quantity), 4, 9);
        BigDecimal discount = Decimals.bounded("discountPercent",
                Require.percentage("discountPercent", discountPercent), 4, 3);
        BigDecimal taxRate = Decimals.bounded("taxRatePercent",
                Require.percentage("taxRatePercent", taxRatePercent), 4, 3);
        Money price0 = unitPrice == null ? cataloguePrice : checkedUnitPrice(unitPrice, currency);
        LinePrice price = LinePrice.of(checkedQuantity, price0, discount, taxRate);
        return new ProposalLine(lineNo, product, checkedQuantity, price0, discount, taxRate, price);
    }

    private static Money checkedUnitPrice(Money unitPrice, String currency) {
        if (!unitPrice.currency().equals(currency)) {
            throw new InvalidInputException("unitPrice.currency", "must be " + currency + ", the proposal's currency");
        }
        if (unitPrice.isNegative()) {
            throw new InvalidInputException("unitPrice.amount", "must not be negative");
        }
        BigDecimal amount = Decimals.bounded("unitPrice.amount", unitPrice.amount(), 6, 12);
        // Written like every amount: at least the currency's minor digits (25.00, not 25).
        return new Money(amount.scale() < unitPrice.minorDigits() ? amount.setScale(unitPrice.minorDigits())
                : amount, currency);
    }

    /** The same line, for the next version of the proposal: exactly as offered, not re-priced. */
    ProposalLine copy() {
        ProposalLine copy = new ProposalLine();
        copy.lineNo = lineNo;
        copy.sku = sku;
        copy.name = name;
        copy.unit = unit;
        copy.quantity = quantity;
        copy.unitPrice = unitPrice;
        copy.discountPercent = discountPercent;
        copy.taxRatePercent = taxRatePercent;
        copy.net = net;
        copy.tax = tax;
        copy.total = total;
        return copy;
    }

    public int lineNo() {
        return lineNo;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public Money unitPrice(String currency) {
        return new Money(unitPrice, currency);
    }

    public BigDecimal discountPercent() {
        return discountPercent;
    }

    public BigDecimal taxRatePercent() {
        return taxRatePercent;
    }

    /**
     * What the discount takes off this line: the undiscounted amount (quantity x unit price, rounded
     * like every amount) less the line's net.
     */
    public Money discount(String currency) {
        return new Money(quantity.multiply(unitPrice), currency).rounded().minus(new Money(net, currency));
    }

    public LinePrice price(String currency) {
        return new LinePrice(new Money(net, currency), new Money(tax, currency), new Money(total, currency));
    }
}
