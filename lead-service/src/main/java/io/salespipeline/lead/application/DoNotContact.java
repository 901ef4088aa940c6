package io.salespipeline.lead.application;

import io.salespipeline.lead.domain.DoNotContactEntry;
import io.salespipeline.platform.privacy.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The do-not-contact register: people who asked to be forgotten. Every intake path asks
 * {@link #isListed(String)} before it stores a lead, and refuses a listed address.
 */
@ApplicationScoped
public class DoNotContact {

    @Inject
    EntityManager entityManager;

    /** Whether this e-mail address (in any case, with or without surrounding blanks) is listed. */
    public boolean isListed(String email) {
        String hash = EmailAddress.sha256(email);
        return hash != null && DoNotContactEntry.findById(hash) != null;
    }

    /** Lists the address (idempotent: a second request for the same address keeps the first entry). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void list(String email, UUID erasureId, Instant now) {
        String hash = EmailAddress.sha256(email);
        if (hash == null) {
            return;
        }
        entityManager.createNativeQuery("insert into do_not_contact (email_sha256, erasure_id, listed_at) "
                        + "values (:hash, :erasure, :now) on conflict (email_sha256) do nothing")
                .setParameter("hash", hash).setParameter("erasure", erasureId).setParameter("now", now)
                .executeUpdate();
    }
}
