package io.salespipeline.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product's entry in one currency's price book: what it costs in a currency other than the
 * product's own. Set by an admin; each change is in the audit trail (the platform audits every
 * entity), and who set it when is kept on the entry.
 */
@Entity
@Table(name = "product_price")
public class ProductPrice extends PanacheEntityBase {

    @Id
    private UUID id;
    @Version
    private long lockVersion;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;
    private String currency;
    private BigDecimal unitPrice;
    private String updatedBy;
    private Instant updatedAt;

    protected ProductPrice() {
        // for JPA
    }

    static ProductPrice of(Product product, Money unitPrice, String actor, Instant now) {
        ProductPrice price = new ProductPrice();
        price.id = Ids.newId();
        price.product = product;
        price.currency = unitPrice.currency();
        price.set(unitPrice, actor, now);
        return price;
    }

    void set(Money newUnitPrice, String actor, Instant now) {
        unitPrice = newUnitPrice.amount();
        updatedBy = actor;
        updatedAt = now;
    }

    public String currency() {
        return currency;
    }

    public Money unitPrice() {
        return new Money(unitPrice, currency);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
