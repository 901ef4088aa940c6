package io.salespipeline.fulfillment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

/**
 * A satisfaction survey: a score 0-10 and a comment, about one order or the customer relationship
 * as a whole, answered by the customer through a {@link SurveyInvitation}. It counts towards the
 * NPS of whoever was the customer's support owner when it was answered, so a later reassignment
 * does not move old scores to the new owner.
 */
@Entity
@Table(name = "survey")
public class Survey extends PanacheEntityBase {

    /** An order is asked about once it has reached the customer. */
    private static final EnumSet<OrderStatus> SURVEYABLE = EnumSet.of(OrderStatus.DELIVERED, OrderStatus.COMPLETED);

    @Id
    private UUID id;
    private UUID customerId;
    private UUID orderId;
    /** The invitation answered; null for the surveys staff recorded before answers came from customers. */
    private UUID invitationId;
    private int score;
    private String comment;
    private String supportOwner;
    private String submittedBy;
    private Instant submittedAt;

    protected Survey() {
        // for JPA
    }

    /**
     * The customer's answer to an invitation: it counts towards the NPS of whoever is the
     * customer's support owner now.
     */
    static Survey answering(SurveyInvitation invitation, Customer customer, Integer score, String comment,
            String actor, Instant now) {
        Require.present("score", score);
        if (score < 0 || score > 10) {
            throw new InvalidInputException("score", "must be a whole number from 0 to 10");
        }
        Survey survey = new Survey();
        survey.id = Ids.newId();
        survey.customerId = customer.id();
        survey.orderId = invitation.orderId();
        survey.invitationId = invitation.id();
        survey.score = score;
        survey.comment = Require.optionalText("comment", comment, 4000);
        survey.supportOwner = customer.supportOwner();
        survey.submittedBy = actor;
        survey.submittedAt = now;
        return survey;
    }

    /** An order is asked about once it has reached the customer. */
    static void requireSurveyable(Order order) {
        if (!SURVEYABLE.contains(order.status())) {
            throw new IllegalTransitionException("order", order.status(), "survey",
                    "An order is surveyed once it is DELIVERED or COMPLETED; it is " + order.status() + ".");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID invitationId() {
        return invitationId;
    }

    /** An answer of the customer (through an invitation); only these count. */
    public boolean fromCustomer() {
        return invitationId != null;
    }

    public int score() {
        return score;
    }

    public String comment() {
        return comment;
    }

    public String supportOwner() {
        return supportOwner;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
