package io.salespipeline.lead.application.webforms;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Web-form tokens that have posted: each is kept until it expires, so the same token cannot post
 * twice (a bot reusing one token for many submissions). Concurrent posts with one token: the
 * primary key lets exactly one through.
 */
@ApplicationScoped
public class FormTokenUses {

    @Inject
    EntityManager entityManager;

    /** Records the token's use; false when it was used before. Commits at once: a refused post must not undo it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean spend(FormTokens.Use use) {
        return entityManager.createNativeQuery("""
                insert into web_form_token_use (token_sha256, form_id, expires_at) values (?1, ?2, ?3)
                on conflict (token_sha256) do nothing""")
                .setParameter(1, use.tokenSha256()).setParameter(2, use.formId()).setParameter(3, use.expiresAt())
                .executeUpdate() == 1;
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        entityManager.createNativeQuery("delete from web_form_token_use where expires_at < ?1")
                .setParameter(1, Instant.now()).executeUpdate();
    }
}
