package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.SupportRoster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Picks the support owner of a new customer by the roster's rule (fewest customers, ties to the
 * earlier name), from the counts stored now.
 */
@ApplicationScoped
public class SupportHandOff {

    // Any fixed number: the key of the lock that lets one hand-off at a time count and assign.
    private static final long HAND_OFF_LOCK = 0x5a1e5_0ff_0001L;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "sales.support.staff")
    List<String> staff;

    /**
     * Must run in the transaction that stores the customer: the lock is held until it commits, so
     * replicas handing off at the same time each see the other's customer and the counts stay even.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String ownerForNewCustomer() {
        SupportRoster roster = new SupportRoster(staff);
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", HAND_OFF_LOCK).getSingleResult();
        List<Object[]> rows = entityManager.createQuery(
                "select c.supportOwner, count(c) from Customer c where c.supportOwner in :staff "
                        + "group by c.supportOwner", Object[].class)
                .setParameter("staff", roster.staff()).getResultList();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return roster.ownerFor(counts);
    }
}
