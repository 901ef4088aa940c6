package io.salespipeline.proposal.api;

import io.salespipeline.platform.money.Money;
import io.salespipeline.proposal.domain.Product;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue product as the API shows it. */
public record ProductView(UUID id, String sku, String name, String description, String unit,
        @Schema(description = "Its own price, in the currency it was added with.") Money unitPrice,
        boolean active,
        @Schema(description = "Every currency it can be quoted in, with its price: its own price first, then its "
                + "price book entries in currency order.") List<Money> prices) {

    public static ProductView of(Product product) {
        return new ProductView(product.id(), product.sku(), product.name(), product.description(), product.unit(),
                product.unitPrice(), product.active(), product.prices());
    }
}
