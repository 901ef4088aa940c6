package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.SupportAssignment;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Customer accounts (created by order intake) and their support owner. A support person sees and
 * works only the customers whose current support owner they are (others answer 404, like a
 * missing id); the seller who closed the deal reads that customer (never works it); a sales
 * manager sees them all (see {@link Visibility}).
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class Customers {

    @Inject
    Visibility visibility;

    @Inject
    SupportHandOff handOff;

    @Inject
    CurrentActor actor;

    @Inject
    CustomerEvents events;

    public Customer get(UUID id) {
        return visible(Customer.<Customer>findByIdOptional(id).orElse(null), id);
    }

    /**
     * The customer, if the caller may read it: its support owner, the seller who closed its deal,
     * or a sales manager; else 404 like a missing id.
     */
    public Customer read(UUID id) {
        Customer customer = Customer.<Customer>findByIdOptional(id)
                .orElseThrow(() -> new RecordNotFoundException("customer", id));
        visibility.check("customer", id, customer.supportOwner(), readers(customer));
        return customer;
    }

    /** Besides the support owner, who may read the customer: the seller who closed its deal, when known. */
    static List<String> readers(Customer customer) {
        return customer.seller() == null ? List.of() : List.of(customer.seller());
    }

    /** The customer, if the caller may see it to work it (its support owner, or a sales manager); else 404. */
    public Customer visible(Customer customer, UUID id) {
        if (customer == null) {
            throw new RecordNotFoundException("customer", id);
        }
        visibility.check("customer", id, customer.supportOwner(), List.of());
        return customer;
    }

    /**
     * Hands the customer to another support owner; the change is kept in its support-owner
     * history. A sales manager may hand over any customer, a support person only their own (they
     * see no other); to anyone on the support staff.
     */
    @Transactional
    public Customer reassign(UUID id, String supportOwner, String reason) {
        Customer customer = visible(Customer.<Customer>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElse(null), id);
        SupportAssignment assignment = customer.reassign(supportOwner, reason, handOff.policy(), actor.name(),
                Instant.now());
        assignment.persist();
        events.assigned(customer, assignment);
        return customer;
    }

    /** Oldest first: the hand-off, then every reassignment. */
    public List<SupportAssignment> supportHistory(UUID id) {
        get(id);
        return SupportAssignment.list("customerId = ?1 order by assignedAt, id", id);
    }

    /**
     * Keyset page in id (creation) order, of the customers the caller may see; see Keyset.
     * {@code unassigned}: only customers whose support owner is no longer on the support staff
     * (someone left the roster), for a sales manager to hand them on.
     */
    public List<Customer> list(UUID dealId, String supportOwner, boolean unassigned, PageRequest page) {
        // A deal's customer: the one it opened, or the existing customer its order attached to.
        Keyset keyset = Keyset.after(page)
                .where("(dealId = :dealId or id in (select o.customerId from CustomerOrder o where o.dealId = :dealId))",
                        "dealId", dealId)
                .equal("supportOwner", supportOwner);
        visibility.restrictedTo().ifPresent(viewer -> keyset.where("(supportOwner = :viewer or seller = :viewer)",
                "viewer", viewer));
        if (unassigned) {
            keyset.where("supportOwner not in :staff", "staff", handOff.policy().everyone());
        }
        return keyset.fetch(Customer.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }
}
