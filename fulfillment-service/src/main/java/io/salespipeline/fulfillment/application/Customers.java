package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.Keyset;
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

    /** Keyset page in id (creation) order; see Keyset. */
    public List<Customer> list(UUID dealId, String supportOwner, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("supportOwner", supportOwner);
        return keyset.fetch(Customer.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }
}
