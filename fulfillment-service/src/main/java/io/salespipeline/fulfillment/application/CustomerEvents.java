package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.KnownPersonArrival;
import io.salespipeline.fulfillment.domain.SupportAssignment;
import io.salespipeline.fulfillment.domain.SupportNotice;
import io.salespipeline.fulfillment.domain.Survey;
import io.salespipeline.fulfillment.events.SupportNoticeRaised;
import io.salespipeline.fulfillment.events.SupportOwnerAssigned;
import io.salespipeline.fulfillment.events.SurveyAnswered;
import io.salespipeline.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A customer's hand-offs to support, support notices and survey answers told on the wire, in the transaction that made them. */
@ApplicationScoped
public class CustomerEvents {

    @Inject
    Outbox outbox;

    public void assigned(Customer customer, SupportAssignment assignment) {
        SupportOwnerAssigned event = new SupportOwnerAssigned(assignment.id(), customer.id(), customer.dealId(),
                assignment.from(), assignment.to(), assignment.rule() == null ? null : assignment.rule().name(),
                assignment.by(), assignment.at());
        outbox.publish(SupportOwnerAssigned.TOPIC, SupportOwnerAssigned.TYPE, event.dealId(), event);
    }

    public void noticed(Customer customer, SupportNotice notice) {
        KnownPersonArrival arrival = notice.arrival();
        SupportNoticeRaised event = new SupportNoticeRaised(notice.id(), customer.id(), customer.dealId(),
                notice.supportOwner(), arrival.leadId(), arrival.dealId(), arrival.arrivalId(), arrival.matchedOn(),
                arrival.sourceKind(), arrival.receivedAt(), notice.noticedAt());
        outbox.publish(SupportNoticeRaised.TOPIC, SupportNoticeRaised.TYPE, event.dealId(), event);
    }

    public void answered(Customer customer, Survey survey) {
        SurveyAnswered event = new SurveyAnswered(survey.id(), customer.id(), customer.dealId(), survey.orderId(),
                survey.score(), survey.supportOwner(), survey.submittedAt());
        outbox.publish(SurveyAnswered.TOPIC, SurveyAnswered.TYPE, event.dealId(), event);
    }
}
