package io.salespipeline.fulfillment.application;

import io.quarkus.panache.common.Sort;
import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reading customer accounts (they are created by order intake). */
@ApplicationScoped
public class Customers {

    public Customer get(UUID id) {
        return Customer.<Customer>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("customer", id));
    }

    /** Keyset page in id (creation) order; fetches one row more to know if another page exists. */
    public List<Customer> list(UUID dealId, String supportOwner, PageRequest page) {
        Keyset keyset = new Keyset(page).equal("dealId", dealId).equal("supportOwner", supportOwner);
        // range is inclusive: limit + 1 rows, the last one only tells that another page exists.
        return Customer.<Customer>find(keyset.query(), Sort.by("id"), keyset.parameters())
                .range(0, page.limit()).list();
    }
}
