package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.NetPromoterScore;
import io.salespipeline.fulfillment.domain.Survey;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Satisfaction surveys per order and per customer, answered by the customer through their survey
 * link ({@link CustomerSurveys}), and each support owner's NPS over those answers.
 */
@ApplicationScoped
public class Surveys {

    @Inject
    EntityManager entityManager;

    @Inject
    Customers customers;

    /** Keyset page of one customer's surveys in id (answer) order. */
    public List<Survey> ofCustomer(UUID customerId, PageRequest page) {
        customers.get(customerId);
        Keyset keyset = Keyset.after(page).equal("customerId", customerId);
        return keyset.fetch(Survey.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }

    /**
     * NPS of the customers' answers (through their survey links) given while {@code supportOwner}
     * owned the customer, optionally in [from, to); no other answer counts.
     */
    public NetPromoterScore npsOf(String supportOwner, Instant from, Instant to) {
        List<Integer> scores = entityManager.createQuery("select s.score from Survey s where s.supportOwner = :owner "
                + "and s.linkId is not null and s.submittedAt >= :from and s.submittedAt < :to", Integer.class)
                .setParameter("owner", supportOwner)
                .setParameter("from", from == null ? Instant.EPOCH : from)
                .setParameter("to", to == null ? Instant.parse("9999-12-31T00:00:00Z") : to)
                .getResultList();
        return NetPromoterScore.of(scores);
    }
}
