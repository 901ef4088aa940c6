package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.platform.customerlink.CustomerLinks;
import io.salespipeline.platform.privacy.ErasureRequestData;
import io.salespipeline.platform.privacy.PersonRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Erasure request: anonymises the customer account's contact person and forgets them on the survey links, in the inbox's transaction. */
@ApplicationScoped
public class FulfillmentErasure {

    @Inject
    EntityManager entityManager;

    @Inject
    CustomerLinks links;

    /** Answers how many records changed (a repeat of the same request changes none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int anonymise(ErasureRequestData request) {
        List<UUID> ids = PersonRecords.matching(entityManager, "select id from customer", "deal_id", "contact_email",
                request);
        List<Customer> erased = ids.stream().map(id -> Customer.<Customer>findById(id)).filter(Customer::erasePerson)
                .toList();
        // The survey links named the person too, and no longer open.
        return erased.size() + links.forgetContacts(erased.stream().map(Customer::dealId).toList());
    }
}
