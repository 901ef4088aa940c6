package io.salespipeline.contract.application;

import io.salespipeline.contract.document.ContractDocuments;
import io.salespipeline.contract.domain.Contract;
import io.salespipeline.platform.privacy.ErasureRequestData;
import io.salespipeline.platform.privacy.PersonRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.salespipeline.platform.customerlink.CustomerLinks;
import io.salespipeline.platform.privacy.Erased;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Erasure request: anonymises the customer party's contact person and the signers who are that person and forgets the stored PDFs that named them, in the inbox's transaction. */
@ApplicationScoped
public class ContractErasure {

    @Inject
    EntityManager entityManager;

    @Inject
    ContractDocuments documents;

    @Inject
    CustomerLinks links;

    /** Answers how many records changed (a repeat of the same request changes none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int anonymise(ErasureRequestData request) {
        Instant now = Instant.now();
        java.util.Set<UUID> ids = new java.util.LinkedHashSet<>(PersonRecords.matching(entityManager,
                "select id from contract", "deal_id", "customer->>'contactEmail'", request));
        // The person may have signed another company's contract: find signatures by address too.
        ids.addAll(PersonRecords.matching(entityManager, "select contract_id from signature", null, "signer_email",
                request));
        int changed = 0;
        List<UUID> erased = new java.util.ArrayList<>();
        java.util.Set<UUID> erasedDeals = new java.util.HashSet<>();
        for (UUID id : ids) {
            Contract contract = Contract.findById(id);
            int records = contract.erasePerson(request.dealIds().contains(contract.dealId()), request.emailSha256(), now);
            if (records > 0) {
                erased.add(id);
            }
            if (Erased.NAME.equals(contract.customer().contactName())) {
                erasedDeals.add(contract.dealId()); // its links were handed to the person
            }
            changed += records;
        }
        documents.forget(erased); // their stored PDFs name the person
        changed += links.forgetContacts(erasedDeals); // the links named the person too, and no longer open
        return changed;
    }
}
