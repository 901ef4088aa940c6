package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.Survey;
import io.salespipeline.platform.customerlink.CustomerLink;
import io.salespipeline.platform.customerlink.CustomerLinks;
import io.salespipeline.platform.customerlink.LinkEvidence;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import jakarta.transaction.Transactional;

/**
 * The customer answers a survey on their survey link's page (score 0-10, comment): recorded with the
 * link, IP address and user agent as evidence, it spends the link. One answer per order.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class CustomerSurveys {

    /** What the page shows: the link, its customer and the order asked about (null: the relationship). */
    public record Asking(CustomerLink link, Customer customer, Order order) {
    }

    @Inject
    CustomerLinks links;

    @Inject
    CurrentActor actor;

    @Inject
    CustomerEvents events;

    @Inject
    Clock clock;

    @Transactional
    public Asking open(String token) {
        CustomerLink link = links.open(token, SurveyLinks.PURPOSE);
        Customer customer = Customer.findById(link.recordId());
        if (customer != null) {
            return new Asking(link, customer, null);
        }
        Order order = Order.findById(link.recordId());
        return new Asking(link, Customer.findById(order.customerId()), order);
    }

    /**
     * The customer row is locked first (as staff's invitations lock it), then the link is spent: a
     * second answer waits and is refused as used. A refused answer (a score out of range) rolls back
     * and leaves the link live.
     */
    @Transactional
    public Asking answer(String token, Integer score, String comment, String ip, String userAgent) {
        Asking asking = open(token);
        Customer customer = Customer.findById(asking.customer().id(), LockModeType.PESSIMISTIC_WRITE);
        CustomerLink link = links.use(token, SurveyLinks.PURPOSE);
        if (asking.order() != null) {
            Survey.requireSurveyable(asking.order(), SurveyLinks.answerAbout(asking.order()));
        }
        actor.actAs("customer-link:" + link.id());
        Survey survey = Survey.answering(customer, asking.order(), score, comment,
                new LinkEvidence(link.id(), ip, userAgent), actor.name(), clock.instant());
        survey.persist();
        customer.surveyed(survey);
        events.answered(customer, survey);
        return asking;
    }
}
