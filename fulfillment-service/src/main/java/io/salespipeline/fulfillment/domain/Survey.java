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
 * as a whole. It counts towards the NPS of whoever was the customer's support owner when it was
 * answered, so a later reassignment does not move old scores to the new owner.
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
    private int score;
    private String comment;
    private String supportOwner;
    private String submittedBy;
    private Instant submittedAt;

    protected Survey() {
        // for JPA
    }

    /** A survey about the relationship as a whole; a customer may answer as often as asked. */
    public static Survey aboutCustomer(Customer customer, Integer score, String comment, String actor, Instant now) {
        return create(customer, null, score, comment, actor, now);
    }

    /**
     * A survey about one order of this customer, once it was delivered; one per order
     * ({@code alreadySurveyed} tells whether the order has one).
     */
    public static Survey aboutOrder(Customer customer, Order order, boolean alreadySurveyed, Integer score,
            String comment, String actor, Instant now) {
        if (!order.customerId().equals(customer.id())) {
            throw new InvalidInputException("orderId", "is not an order of this customer");
        }
        Survey survey = create(customer, order.id(), score, comment, actor, now);
        if (!SURVEYABLE.contains(order.status())) {
            throw new IllegalTransitionException("order", order.status(), "survey",
                    "An order is surveyed once it is DELIVERED or COMPLETED; it is " + order.status() + ".");
        }
        if (alreadySurveyed) {
            throw new IllegalTransitionException("order", order.status(), "survey",
                    "This order has already been surveyed.");
        }
        return survey;
    }

    private static Survey create(Customer customer, UUID orderId, Integer score, String comment, String actor,
            Instant now) {
        Require.present("score", score);
        if (score < 0 || score > 10) {
            throw new InvalidInputException("score", "must be a whole number from 0 to 10");
        }
        Survey survey = new Survey();
        survey.id = Ids.newId();
        survey.customerId = customer.id();
        survey.orderId = orderId;
        survey.score = score;
        survey.comment = Require.optionalText("comment", comment, 4000);
        survey.supportOwner = customer.supportOwner();
        survey.submittedBy = actor;
        survey.submittedAt = now;
        return survey;
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
