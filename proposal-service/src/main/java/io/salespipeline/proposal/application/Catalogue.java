package io.salespipeline.proposal.application;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import jakarta.transaction.Transactional;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.proposal.domain.Product;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The product catalogue. A price change applies to lines added from now on: every line copies
 * its unit price when it is added, so no proposal (draft or sent) changes with the catalogue.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class Catalogue {

    @Inject
    CurrentActor actor;

    @Transactional
    public Product add(String sku, String name, String description, String unit, Money unitPrice, Boolean active) {
        String checkedSku = Require.text("sku", sku, 40);
        if (Product.bySku(checkedSku).isPresent()) {
            throw new InvalidInputException("sku", "'" + checkedSku + "' is already in the catalogue");
        }
        Product product = Product.of(checkedSku, name, description, unit, Require.present("unitPrice", unitPrice),
                active == null || active);
        product.persist();
        return product;
    }

    @Transactional
    public Product change(String sku, String name, String description, String unit, Money unitPrice) {
        Product product = get(sku);
        product.change(name, description, unit, Require.present("unitPrice", unitPrice));
        return product;
    }

    /** Retired products stay listed (old proposals name them) but cannot be put on a line. */
    @Transactional
    public Product setActive(String sku, boolean active) {
        Product product = get(sku);
        product.setActive(active);
        return product;
    }

    /**
     * A product's price in one currency (its price book entry, or its own price in its own
     * currency); lines added from now on in that currency copy it. Audited like every change.
     */
    @Transactional
    public Product setPrice(String sku, String currency, java.math.BigDecimal amount) {
        Product product = get(sku);
        product.setPrice(new Money(Require.present("amount", amount), currency), actor.name(), Instant.now());
        return product;
    }

    /** Takes a product out of one currency's price book: it can no longer be quoted in that currency. */
    @Transactional
    public Product removePrice(String sku, String currency) {
        Product product = get(sku);
        product.removePrice(Money.zero(currency).currency());
        return product;
    }

    public Product get(String sku) {
        return Product.bySku(sku).orElseThrow(() -> new RecordNotFoundException("product", sku));
    }

    /** Keyset page in id order; see Keyset. */
    public List<Product> list(Boolean active, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("active", active);
        return keyset.fetch(Product.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }
}
