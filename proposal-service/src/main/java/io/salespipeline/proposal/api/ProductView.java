package io.salespipeline.proposal.api;

import io.salespipeline.platform.money.Money;
import io.salespipeline.proposal.domain.Product;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue product as the API shows it. */
@Schema(description = "A catalogue product proposals are priced from.")
public record ProductView(
        @Schema(required = true, description = "The product's id.", examples = "0193a3b0-4c5d-7e6f-8a9b-0c1d2e3f4a5b")
        UUID id,
        @Schema(required = true, description = "The stock-keeping unit: the product's unique key, never changes.",
                examples = "CRM-SEAT") String sku,
        @Schema(required = true, description = "The product's name, as lines and documents show it.",
                examples = "CRM seat licence") String name,
        @Schema(nullable = true, description = "What the product is; null when none was given.",
                examples = "One named user of the CRM, billed monthly.") String description,
        @Schema(required = true, description = "The unit a quantity counts.", examples = "seat/month") String unit,
        @Schema(required = true, description = "The price of one unit; its currency is the product's: only proposals "
                + "in that currency can offer it.") Money unitPrice,
        @Schema(required = true, description = "false once retired: it stays in the catalogue but cannot be put on a "
                + "proposal.") boolean active,
        @Schema(required = true, description = "Every currency it can be quoted in, with its price: its own price "
                + "first, then its price book entries in currency order.") List<Money> prices) {

    public static ProductView of(Product product) {
        return new ProductView(product.id(), product.sku(), product.name(), product.description(), product.unit(),
                product.unitPrice(), product.active(), product.prices());
    }
}
