package io.salespipeline.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The relay's reads and writes of the outbox table, each in a short transaction of its own. They
 * commit without waiting for the write-ahead log to reach the disk ({@code synchronous_commit}
 * off for these transactions only): a claim's lease renewal is on the way of every hand-off, and
 * what a database crash could lose here is a lease renewal or a mark, which costs a repeat sent
 * again (consumers drop it), never an event.
 */
@ApplicationScoped
class OutboxRows {

    @Inject
    EntityManager entityManager;

    @Inject
    RelayLease lease;

    @Inject
    OutboxSettings settings;

    /**
     * Renews the holder's lease and reads the oldest unpublished rows. Null when another replica
     * holds the lease while rows wait; an empty list when nothing waits.
     */
    List<OutboxMessage> claim(String holder) {
        return QuarkusTransaction.requiringNew().call(() -> {
            commitWithoutWaitingForTheDisk();
            if (!lease.take(holder)) {
                return pending() ? null : List.of();
            }
            List<OutboxMessage> batch = entityManager.createQuery(
                    "from OutboxMessage where publishedAt is null order by position", OutboxMessage.class)
                    .setMaxResults(settings.batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                lease.release(holder);
            }
            return batch;
        });
    }

    /** Marks what the broker acknowledged; {@code release}: the holder has nothing more on its way. */
    void published(List<UUID> ids, String holder, boolean release) {
        QuarkusTransaction.requiringNew().run(() -> {
            commitWithoutWaitingForTheDisk();
            if (!ids.isEmpty()) {
                entityManager.createQuery("update OutboxMessage set publishedAt = :now where id in :ids")
                        .setParameter("now", Instant.now())
                        .setParameter("ids", ids)
                        .executeUpdate();
            }
            if (release) {
                lease.release(holder);
            }
        });
    }

    void release(String holder) {
        QuarkusTransaction.requiringNew().run(() -> {
            commitWithoutWaitingForTheDisk();
            lease.release(holder);
        });
    }

    private void commitWithoutWaitingForTheDisk() {
        entityManager.createNativeQuery("set local synchronous_commit = off").executeUpdate();
    }

    private boolean pending() {
        return !entityManager.createNativeQuery("select 1 from outbox_message where published_at is null limit 1")
                .getResultList().isEmpty();
    }
}
