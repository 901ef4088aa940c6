package io.salespipeline.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * A catalogue entry. A retired product stays in the catalogue (old proposals name it) but can
 * no longer be put on a proposal. Its price is copied onto a line when the line is added, so a
 * later price change never alters a proposal.
 */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {

    @Id
    private UUID id;
    private String sku;
    private String name;
    private String description;
    private String unit;
    private BigDecimal unitPrice;
    private String currency;
    private boolean active;

    protected Product() {
        // for JPA
    }

    public static Product of(String sku, String name, String description, String unit, Money unitPrice,
            boolean active) {
        if (unitPrice.isNegative()) {
            throw new InvalidInputException("unitPrice", "must not be negative");
        }
        Product product = new Product();
        product.id = Ids.newId();
        product.sku = Require.text("sku", sku, 40);
        product.name = Require.text("name", name, 200);
        product.description = Require.optionalText("description", description, 4000);
        product.unit = Require.text("unit", unit, 40);
        product.unitPrice = checkedPrice(unitPrice).amount();
        product.currency = unitPrice.currency();
        product.active = active;
        return product;
    }

    /** A new description or price; lines already on proposals keep what they copied. */
    public void change(String newName, String newDescription, String newUnit, Money newUnitPrice) {
        if (newUnitPrice.isNegative()) {
            throw new InvalidInputException("unitPrice", "must not be negative");
        }
        String checkedName = Require.text("name", newName, 200);
        String checkedDescription = Require.optionalText("description", newDescription, 4000);
        String checkedUnit = Require.text("unit", newUnit, 40);
        name = checkedName;
        description = checkedDescription;
        unit = checkedUnit;
        unitPrice = checkedPrice(newUnitPrice).amount();
        currency = newUnitPrice.currency();
    }

    public void setActive(boolean isActive) {
        active = isActive;
    }

    /** A catalogue price has at most the currency's minor digits plus four (e.g. 0.0125 EUR per API call). */
    private static Money checkedPrice(Money price) {
        if (price.amount().stripTrailingZeros().scale() > price.minorDigits() + 4) {
            throw new InvalidInputException("unitPrice.amount", "has too many decimals");
        }
        if (price.amount().compareTo(new BigDecimal("1000000000000")) >= 0) {
            throw new InvalidInputException("unitPrice.amount", "is too large");
        }
        return price;
    }

    public static Optional<Product> bySku(String sku) {
        return Product.<Product>find("sku", sku).firstResultOptional();
    }

    public UUID id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String unit() {
        return unit;
    }

    public Money unitPrice() {
        return new Money(unitPrice, currency);
    }

    public boolean active() {
        return active;
    }
}
