package io.salespipeline.proposal.application;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.proposal.domain.Product;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads of the product catalogue. */
@ApplicationScoped
public class Catalogue {

    public Product get(String sku) {
        return Product.bySku(sku).orElseThrow(() -> new RecordNotFoundException("product", sku));
    }

    /** Keyset page in id order; fetches one row more to know if another page exists. */
    public List<Product> list(Boolean active, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (page.after() != null) {
            where.add("id > :after");
            parameters.and("after", page.after());
        }
        if (active != null) {
            where.add("active = :active");
            parameters.and("active", active);
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        // range is inclusive: limit + 1 rows, the last one only tells that another page exists.
        return Product.<Product>find(query, Sort.by("id"), parameters).range(0, page.limit()).list();
    }
}
