package io.salespipeline.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.domain.RecordNotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.annotations.BatchSize;

/**
 * A catalogue entry. A retired product stays in the catalogue (old proposals name it) but can
 * no longer be put on a proposal. Its price is copied onto a line when the line is added, so a
 * later price change never alters a proposal.
 *
 * <p>Its own price ({@link #unitPrice()}) is in the currency it was added with; its price book
 * entries price it in other currencies. A proposal quotes it only in a currency it has a price
 * in: nothing is converted.
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
    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    private List<ProductPrice> prices = new ArrayList<>();

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
        if (!newUnitPrice.currency().equals(currency) && entry(newUnitPrice.currency()).isPresent()) {
            throw new InvalidInputException("unitPrice.currency", "the price book already prices " + sku + " in "
                    + newUnitPrice.currency() + ": change that price, or remove it first");
        }
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

    /** The price to quote in this currency: its own, or its price book entry; never a converted one. */
    public Money priceIn(String quoteCurrency) {
        if (currency.equals(quoteCurrency)) {
            return unitPrice();
        }
        return entry(quoteCurrency).map(ProductPrice::unitPrice)
                .orElseThrow(() -> new NoPriceInCurrencyException(sku, quoteCurrency, pricedIn()));
    }

    /** Sets its price in one currency: its own price in its own currency, else the price book's entry. */
    public void setPrice(Money price, String actor, Instant now) {
        if (price.isNegative()) {
            throw new InvalidInputException("unitPrice.amount", "must not be negative");
        }
        Money checked = checkedPrice(price);
        if (currency.equals(checked.currency())) {
            unitPrice = checked.amount();
            return;
        }
        entry(checked.currency()).ifPresentOrElse(entry -> entry.set(checked, actor, now),
                () -> prices.add(ProductPrice.of(this, checked, actor, now)));
    }

    /** Takes the product out of one currency's price book; its own price stays (change it instead). */
    public void removePrice(String priceCurrency) {
        if (currency.equals(priceCurrency)) {
            throw new InvalidInputException("currency", priceCurrency + " is the product's own price: change it, "
                    + "it cannot be removed");
        }
        ProductPrice entry = entry(priceCurrency)
                .orElseThrow(() -> new RecordNotFoundException("price of " + sku, priceCurrency));
        prices.remove(entry);
    }

    /** Every price of the product: its own first, then the price book's in currency order. */
    public List<Money> prices() {
        return Stream.concat(Stream.of(unitPrice()), prices.stream().map(ProductPrice::unitPrice)
                .sorted(Comparator.comparing(Money::currency))).toList();
    }

    /** The price book's entries (not its own price), in currency order. */
    public List<ProductPrice> priceBookEntries() {
        return prices.stream().sorted(Comparator.comparing(ProductPrice::currency)).toList();
    }

    public List<String> pricedIn() {
        return prices().stream().map(Money::currency).toList();
    }

    private Optional<ProductPrice> entry(String priceCurrency) {
        return prices.stream().filter(price -> price.currency().equals(priceCurrency)).findFirst();
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
