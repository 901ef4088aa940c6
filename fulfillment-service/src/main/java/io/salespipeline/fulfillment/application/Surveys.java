package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.NetPromoterScore;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.Survey;
import io.salespipeline.fulfillment.domain.SurveyInvitation;
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
import java.util.Optional;
import java.util.UUID;

/**
 * Satisfaction surveys per order and per customer, answered by the customer through an
 * invitation staff issue, and each support owner's NPS over those answers.
 */
@ApplicationScoped
public class Surveys {

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentActor actor;

    @Inject
    Customers customers;

    @Inject
    OrderUseCases orders;

    @Inject
    SurveyLinks links;

    @Inject
    CustomerEvents events;

    /** An issued invitation and its token: the token exists only in this answer, the database keeps its hash. */
    public record Issued(SurveyInvitation invitation, String sendTo, String token, String url) {
    }

    /**
     * Invites the customer to rate one delivered order: a new invitation, or the order's earlier one
     * with a new token (its old link stops working) while the customer has not answered.
     */
    @Transactional
    public Issued inviteAboutOrder(UUID orderId) {
        Order order = orders.get(orderId);
        Customer customer = customers.visible(Customer.<Customer>findByIdOptional(order.customerId(),
                LockModeType.PESSIMISTIC_WRITE).orElse(null), order.customerId());
        String token = links.newToken();
        Instant now = Instant.now();
        SurveyInvitation invitation = SurveyInvitation.<SurveyInvitation>find("orderId", orderId).firstResultOptional()
                .orElse(null);
        if (invitation == null) {
            invitation = SurveyInvitation.aboutOrder(customer, order, links.hash(token), actor.name(), now,
                    links.validity());
            invitation.persist();
        } else {
            invitation.reissue(links.hash(token), actor.name(), now, links.validity());
        }
        return new Issued(invitation, customer.contactEmail(), token, links.url(token));
    }

    /** Invites the customer to rate the relationship as a whole (as often as staff like). */
    @Transactional
    public Issued inviteAboutCustomer(UUID customerId) {
        Customer customer = customers.get(customerId);
        String token = links.newToken();
        SurveyInvitation invitation = SurveyInvitation.aboutCustomer(customer, links.hash(token), actor.name(),
                Instant.now(), links.validity());
        invitation.persist();
        return new Issued(invitation, customer.contactEmail(), token, links.url(token));
    }

    /**
     * The customer's answer to the invitation holding {@code token}; empty when no invitation is
     * open for it (unknown, answered or expired: the caller cannot tell which). The customer row,
     * then the invitation row are locked (the order issuing takes them in), so a token answers
     * once however many requests race, and the customer's latest score holds.
     */
    @Transactional
    public Optional<Survey> answer(String token, Integer score, String comment) {
        Optional<SurveyInvitation> found = token == null || token.isBlank() || token.length() > 100 ? Optional.empty()
                : SurveyInvitation.<SurveyInvitation>find("tokenHash", links.hash(token)).firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SurveyInvitation invitation = found.get();
        Customer customer = Customer.<Customer>findByIdOptional(invitation.customerId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow();
        entityManager.refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (!invitation.open(now) || !links.hash(token).equals(invitation.tokenHash())) {
            return Optional.empty();
        }
        actor.actAs("customer (survey invitation " + invitation.id() + ")");
        Survey survey = invitation.answer(customer, score, comment, actor.name(), now);
        survey.persist();
        customer.surveyed(survey);
        events.answered(customer, survey);
        return Optional.of(survey);
    }

    /** Keyset page of one customer's surveys in id (answer) order. */
    public List<Survey> ofCustomer(UUID customerId, PageRequest page) {
        customers.get(customerId);
        Keyset keyset = Keyset.after(page).equal("customerId", customerId);
        return keyset.fetch(Survey.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }

    /**
     * NPS of the customers' answers given while {@code supportOwner} owned the customer, optionally
     * in [from, to); surveys staff recorded before answers came from customers do not count.
     */
    public NetPromoterScore npsOf(String supportOwner, Instant from, Instant to) {
        List<Integer> scores = entityManager.createQuery("select s.score from Survey s where s.supportOwner = :owner "
                + "and s.invitationId is not null and s.submittedAt >= :from and s.submittedAt < :to", Integer.class)
                .setParameter("owner", supportOwner)
                .setParameter("from", from == null ? Instant.EPOCH : from)
                .setParameter("to", to == null ? Instant.parse("9999-12-31T00:00:00Z") : to)
                .getResultList();
        return NetPromoterScore.of(scores);
    }
}
