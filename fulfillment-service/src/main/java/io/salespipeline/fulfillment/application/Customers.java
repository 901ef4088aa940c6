package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.SupportAssignment;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Customer accounts (created by order intake) and their support owner. */
@ApplicationScoped
public class Customers {

    @Inject
    SupportHandOff handOff;

    @Inject
    CurrentActor actor;

    public Customer get(UUID id) {
        return Customer.<Customer>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("customer", id));
    }

    /** Hands the customer to another support owner; the change is kept in its support-owner history. */
    @Transactional
    public Customer reassign(UUID id, String supportOwner, String reason) {
        Customer customer = Customer.<Customer>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RecordNotFoundException("customer", id));
        customer.reassign(supportOwner, reason, handOff.policy(), actor.name(), Instant.now()).persist();
        return customer;
    }

    /** Oldest first: the hand-off, then every reassignment. */
    public List<SupportAssignment> supportHistory(UUID id) {
        get(id);
        return SupportAssignment.list("customerId = ?1 order by assignedAt, id", id);
    }

    /** Keyset page in id (creation) order; see Keyset. */
    public List<Customer> list(UUID dealId, String supportOwner, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("supportOwner", supportOwner);
        return keyset.fetch(Customer.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }
}
