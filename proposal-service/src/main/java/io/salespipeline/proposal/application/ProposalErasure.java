package io.salespipeline.proposal.application;

import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.platform.privacy.ErasureRequestData;
import io.salespipeline.platform.privacy.PersonRecords;
import io.salespipeline.platform.privacy.PersonKeys;
import io.salespipeline.platform.customerlink.CustomerLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Erasure request: anonymises the customer contact of every proposal version of the person's deals and forgets their stored PDFs, in the inbox's transaction. */
@ApplicationScoped
public class ProposalErasure {

    @Inject
    EntityManager entityManager;

    @Inject
    ProposalPdfRenderer documents;

    @Inject
    CustomerLinks customerLinks;

    @Inject
    PersonKeys personKeys;

    /** Answers how many records changed (a repeat of the same request changes none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int anonymise(ErasureRequestData request) {
        List<UUID> ids = PersonRecords.matching(entityManager, "select id from proposal", "deal_id",
                "customer_contact_email", request);
        Instant now = Instant.now();
        List<UUID> changed = ids.stream().map(id -> Proposal.<Proposal>findById(id)).filter(p -> p.erasePerson(now))
                .map(Proposal::id).toList();
        documents.forget(changed); // their stored PDFs name the person
        // The links given to the person name them too, and no longer open; the key their
        // CustomerActionRequested events were encrypted with is destroyed.
        int links = customerLinks.forgetContacts(request.dealIds());
        List<UUID> contacts = request.dealIds().isEmpty() ? List.of() : Proposal.<Proposal>list("dealId in ?1", request.dealIds())
                .stream().map(p -> p.prospectId() != null ? p.prospectId() : p.dealId()).distinct().toList();
        personKeys.destroyPeople(contacts, now);
        return changed.size() + links;
    }
}
