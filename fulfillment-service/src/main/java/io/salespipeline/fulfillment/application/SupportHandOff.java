package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.HandOffFacts;
import io.salespipeline.fulfillment.domain.HandOffPolicy;
import io.salespipeline.fulfillment.domain.OrderStatus;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the support owner of a new customer by the configured rule ({@link SupportConfig}), from
 * the facts stored now: customers and open orders per owner, the previous hand-off.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class SupportHandOff {

    // Any fixed number: the key of the lock that lets one hand-off at a time count and assign.
    private static final long HAND_OFF_LOCK = 0x5a1e5_0ff_0001L;

    @Inject
    EntityManager entityManager;

    @Inject
    SupportConfig config;

    public HandOffPolicy policy() {
        return config.policy();
    }

    /**
     * Must run in the transaction that stores the customer and its hand-off entry: the lock is held
     * until it commits, so replicas handing off at the same time each see the other's customer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String ownerForNewCustomer(String country) {
        HandOffPolicy policy = config.policy();
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", HAND_OFF_LOCK).getSingleResult();
        return policy.ownerFor(new HandOffFacts(customersByOwner(), openOrdersByOwner(), lastHandOff(), country));
    }

    public Map<String, Long> customersByOwner() {
        return counts(entityManager.createQuery(
                "select c.supportOwner, count(c) from Customer c group by c.supportOwner", Object[].class)
                .getResultList());
    }

    public Map<String, Long> openOrdersByOwner() {
        return counts(entityManager.createQuery("select c.supportOwner, count(o) from CustomerOrder o, Customer c "
                + "where o.customerId = c.id and o.status not in :closed group by c.supportOwner", Object[].class)
                .setParameter("closed", List.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED)).getResultList());
    }

    private String lastHandOff() {
        return entityManager.createQuery("select a.toOwner from SupportAssignment a where a.fromOwner is null "
                + "order by a.assignedAt desc, a.id desc", String.class).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
