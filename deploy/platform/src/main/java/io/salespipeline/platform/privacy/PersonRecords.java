package io.salespipeline.platform.privacy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/**
 * Finds the rows that may hold the person of an erasure request: those of one of the person's
 * deals, or whose stored address hashes to the person's (the same normalisation as
 * {@link EmailAddress}, computed by PostgreSQL). The domain object then decides what is theirs.
 * A scan per request is fine: erasures are rare and this runs off the request path.
 */
public final class PersonRecords {

    private PersonRecords() {
    }

    /**
     * @param select      e.g. {@code "select id from customer"}: one uuid column
     * @param dealColumn  the deal column, or null if the rows carry none
     * @param emailColumn an SQL expression holding an address (e.g. {@code "customer->>'contactEmail'"}), or null
     */
    @SuppressWarnings("unchecked")
    public static List<UUID> matching(EntityManager entityManager, String select, String dealColumn,
            String emailColumn, ErasureRequestData request) {
        boolean byDeal = dealColumn != null && !request.dealIds().isEmpty();
        boolean byEmail = emailColumn != null && request.emailSha256() != null;
        if (!byDeal && !byEmail) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(select).append(" where false");
        if (byDeal) {
            sql.append(" or ").append(dealColumn).append(" in (:deals)");
        }
        if (byEmail) {
            sql.append(" or ").append(EmailAddress.sqlSha256(emailColumn)).append(" = :hash");
        }
        Query query = entityManager.createNativeQuery(sql.toString(), UUID.class);
        if (byDeal) {
            query.setParameter("deals", request.dealIds());
        }
        if (byEmail) {
            query.setParameter("hash", request.emailSha256());
        }
        return ((List<UUID>) query.getResultList()).stream().distinct().toList();
    }
}
