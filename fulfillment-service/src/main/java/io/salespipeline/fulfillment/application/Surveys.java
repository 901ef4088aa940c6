package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.NetPromoterScore;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.Survey;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Satisfaction surveys per order and per customer, and each support owner's NPS. */
@ApplicationScoped
public class Surveys {

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentActor actor;

    @Inject
    Customers customers;

    /**
     * Records a survey of the customer, about one of its orders when {@code orderId} is given. The
     * customer row is locked so that its latest score and the once-per-order rule hold under concurrency.
     */
    @Transactional
    public Survey record(UUID customerId, UUID orderId, Integer score, String comment) {
        Customer customer = customers.visible(Customer.<Customer>findByIdOptional(customerId,
                LockModeType.PESSIMISTIC_WRITE).orElse(null), customerId);
        Instant now = Instant.now();
        Survey survey;
        if (orderId == null) {
            survey = Survey.aboutCustomer(customer, score, comment, actor.name(), now);
        } else {
            // Another customer's order reads like a missing one: the answer tells nothing about it.
            Order order = Order.<Order>findByIdOptional(orderId).filter(o -> o.customerId().equals(customer.id()))
                    .orElseThrow(() -> new InvalidInputException("orderId", "names no order of this customer"));
            survey = Survey.aboutOrder(customer, order, Survey.count("orderId", orderId) > 0, score, comment,
                    actor.name(), now);
        }
        survey.persist();
        customer.surveyed(survey);
        return survey;
    }

    /** Keyset page of one customer's surveys in id (answer) order. */
    public List<Survey> ofCustomer(UUID customerId, PageRequest page) {
        customers.get(customerId);
        Keyset keyset = Keyset.after(page).equal("customerId", customerId);
        return keyset.fetch(Survey.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }

    /** NPS of the surveys answered while {@code supportOwner} owned the customer, optionally in [from, to). */
    public NetPromoterScore npsOf(String supportOwner, Instant from, Instant to) {
        List<Integer> scores = entityManager.createQuery("select s.score from Survey s where s.supportOwner = :owner "
                + "and s.submittedAt >= :from and s.submittedAt < :to", Integer.class)
                .setParameter("owner", supportOwner)
                .setParameter("from", from == null ? Instant.EPOCH : from)
                .setParameter("to", to == null ? Instant.parse("9999-12-31T00:00:00Z") : to)
                .getResultList();
        return NetPromoterScore.of(scores);
    }
}
