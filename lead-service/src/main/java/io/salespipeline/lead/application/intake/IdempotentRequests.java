package io.salespipeline.lead.application.intake;

import io.quarkus.scheduler.Scheduled;
import io.salespipeline.platform.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers the first answer to a request sent with an {@code Idempotency-Key} (per caller), so a
 * retry gets the same answer and changes nothing. The same key with a different request is
 * refused (422). Answers are kept for {@code sales.idempotency.retention} (default 24 h).
 */
@ApplicationScoped
public class IdempotentRequests {

    /** The answer as first sent: status, Location (may be null) and JSON body. */
    public record Answer(int status, String location, String body) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyConfig config;

    public static String checkedKey(String key) {
        if (key == null) {
            return null;
        }
        String trimmed = key.strip();
        if (trimmed.isEmpty() || trimmed.length() > 255 || !trimmed.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        }
        return trimmed;
    }

    /** The remembered answer, if this caller sent this key before (and it has not expired). */
    @Transactional
    public Optional<Answer> replay(String caller, String key, String requestHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select request_hash, status, location, body from idempotent_request
                where caller = ?1 and idempotency_key = ?2 and created_at >= ?3""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, Instant.now().minus(config.retention()))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new IdempotencyKeyReusedException(key);
        }
        return Optional.of(new Answer(((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
    }

    /**
     * Remembers the answer in the caller's transaction. A concurrent twin that stored the same key
     * first makes this insert fail (unique key); SamePersonRace then replays the twin's answer.
     */
    @Transactional
    public void remember(String caller, String key, String requestHash, Answer answer, UUID leadId) {
        Instant now = Instant.now();
        entityManager.createNativeQuery("""
                delete from idempotent_request where caller = ?1 and idempotency_key = ?2 and created_at < ?3""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, now.minus(config.retention())).executeUpdate();
        entityManager.createNativeQuery("""
                insert into idempotent_request (caller, idempotency_key, request_hash, status, location, body, created_at,
                                                lead_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, answer.status()).setParameter(5, answer.location()).setParameter(6, answer.body())
                .setParameter(7, now).setParameter(8, leadId).executeUpdate();
    }

    /** Forgets every answer about these leads (their person was erased: the answers carry their name and e-mail). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Collection<UUID> leadIds) {
        if (!leadIds.isEmpty()) {
            entityManager.createNativeQuery("delete from idempotent_request where lead_id in (:leads)")
                    .setParameter("leads", List.copyOf(leadIds)).executeUpdate();
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        entityManager.createNativeQuery("delete from idempotent_request where created_at < ?1")
                .setParameter(1, Instant.now().minus(config.retention())).executeUpdate();
    }
}
