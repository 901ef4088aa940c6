package io.salespipeline.proposal.domain;

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

    ProposalLine(int lineNo, Product product, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent,
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

    public LinePrice price(String currency) {
        return new LinePrice(new Money(net, currency), new Money(tax, currency), new Money(total, currency));
    }
}
