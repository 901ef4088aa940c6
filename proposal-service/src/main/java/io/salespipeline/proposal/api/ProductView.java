package io.salespipeline.proposal.api;

import io.salespipeline.platform.money.Money;
import io.salespipeline.proposal.domain.Product;
import java.util.UUID;

/** A catalogue product as the API shows it. */
public record ProductView(UUID id, String sku, String name, String description, String unit, Money unitPrice,
        boolean active) {

    public static ProductView of(Product product) {
        return new ProductView(product.id(), product.sku(), product.name(), product.description(), product.unit(),
                product.unitPrice(), product.active());
    }
}
