package io.salespipeline.proposal.application;

import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.proposal.domain.Product;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads of the product catalogue. */
@ApplicationScoped
public class Catalogue {

    public Product get(String sku) {
        return Product.bySku(sku).orElseThrow(() -> new RecordNotFoundException("product", sku));
    }

    /** Keyset page in id order; see Keyset. */
    public List<Product> list(Boolean active, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("active", active);
        return keyset.fetch(Product.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }
}
