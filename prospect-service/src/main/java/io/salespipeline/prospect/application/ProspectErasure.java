package io.salespipeline.prospect.application;

import io.salespipeline.prospect.domain.Prospect;
import io.salespipeline.platform.privacy.ErasureRequestData;
import io.salespipeline.platform.privacy.PersonRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Erasure request: anonymises the prospect's contact person and the decision maker entries that are that person, in the inbox's transaction. */
@ApplicationScoped
public class ProspectErasure {

    @Inject
    EntityManager entityManager;

    /** Answers how many records changed (a repeat of the same request changes none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int anonymise(ErasureRequestData request) {
        List<UUID> ids = PersonRecords.matching(entityManager, "select id from prospect", "deal_id", "email", request);
        Instant now = Instant.now();
        return (int) ids.stream().map(id -> Prospect.<Prospect>findById(id)).filter(p -> p.erasePerson(now)).count();
    }
}
