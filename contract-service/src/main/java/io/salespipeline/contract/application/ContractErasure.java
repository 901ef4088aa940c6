package io.salespipeline.contract.application;

import io.salespipeline.contract.domain.Contract;
import io.salespipeline.platform.privacy.ErasureRequestData;
import io.salespipeline.platform.privacy.PersonRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Erasure request: anonymises the customer party's contact person and the signers who are that person, in the inbox's transaction. */
@ApplicationScoped
public class ContractErasure {

    @Inject
    EntityManager entityManager;

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
        for (UUID id : ids) {
            Contract contract = Contract.findById(id);
            changed += contract.erasePerson(request.dealIds().contains(contract.dealId()), request.emailSha256(), now);
        }
        return changed;
    }
}
