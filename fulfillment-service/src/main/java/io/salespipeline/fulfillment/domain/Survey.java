package io.salespipeline.fulfillment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.customerlink.LinkEvidence;
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
 * as a whole, answered by the customer through the survey link their contact was sent (the link,
 * IP address and user agent kept as evidence). It counts towards the NPS of whoever was the
 * customer's support owner when it was answered, so a later reassignment does not move old scores.
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
    /** The survey invitation answered, for answers given before survey links (they count nowhere). */
    private UUID invitationId;
    /** The customer link answered; null only for answers given before survey links. */
    private UUID linkId;
    private String ipAddress;
    private String userAgent;
    private int score;
    private String comment;
    private String supportOwner;
    private String submittedBy;
    private Instant submittedAt;

    protected Survey() {
        // for JPA
    }

    /**
     * The customer's answer through their link, about {@code order} (null: the relationship): it
     * counts towards the NPS of whoever is the customer's support owner now.
     */
    public static Survey answering(Customer customer, Order order, Integer score, String comment, LinkEvidence evidence,
            String actor, Instant now) {
        Require.present("score", score);
        if (score < 0 || score > 10) {
            throw new InvalidInputException("score", "must be a whole number from 0 to 10");
        }
        if (order != null && !order.customerId().equals(customer.id())) {
            throw new InvalidInputException("orderId", "is not an order of this customer");
        }
        Survey survey = new Survey();
        survey.id = Ids.newId();
        survey.customerId = customer.id();
        survey.orderId = order == null ? null : order.id();
        survey.linkId = Require.present("evidence", evidence).linkId();
        survey.ipAddress = evidence.ipAddress();
        survey.userAgent = evidence.userAgent();
        survey.score = score;
        survey.comment = Require.optionalText("comment", comment, 4000);
        survey.supportOwner = customer.supportOwner();
        survey.submittedBy = actor;
        survey.submittedAt = now;
        return survey;
    }

    /**
     * An order is asked about once it has reached the customer, and until the customer answered
     * about it ({@code answered}: the order's customer answer, or null).
     */
    public static void requireSurveyable(Order order, Survey answered) {
        if (!SURVEYABLE.contains(order.status())) {
            throw new IllegalTransitionException("order", order.status(), "survey",
                    "An order is surveyed once it is DELIVERED or COMPLETED; it is " + order.status() + ".");
        }
        if (answered != null) {
            throw new IllegalTransitionException("order", order.status(), "survey",
                    "The customer answered this order's survey at " + answered.submittedAt() + ".");
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

    /** An answer of the customer (through their link); only these count. */
    public boolean fromCustomer() {
        return linkId != null;
    }

    /** How the answer reached us; null for answers given before survey links. */
    public LinkEvidence evidence() {
        return linkId == null ? null : new LinkEvidence(linkId, ipAddress, userAgent);
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
