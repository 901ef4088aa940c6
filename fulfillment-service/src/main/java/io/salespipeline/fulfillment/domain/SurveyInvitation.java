package io.salespipeline.fulfillment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer's way to answer a survey: staff issue it, the customer answers with its token,
 * once, before it expires. Only the token's SHA-256 is kept, so the link works only for whoever
 * it was sent to. An order has one invitation: issuing it again replaces the token (the old link
 * stops working) until the customer has answered. Without an order it asks about the
 * relationship as a whole; a customer may be asked that as often as staff like.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends PanacheEntityBase {

    /** Where the invitation stands at a given time. */
    public enum State {
        OPEN, ANSWERED, EXPIRED
    }

    @Id
    private UUID id;
    private UUID customerId;
    private UUID orderId;
    private String tokenHash;
    private String issuedBy;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant answeredAt;

    protected SurveyInvitation() {
        // for JPA
    }

    /** An invitation about the relationship as a whole. */
    public static SurveyInvitation aboutCustomer(Customer customer, String tokenHash, String actor, Instant now,
            Duration validity) {
        SurveyInvitation invitation = new SurveyInvitation();
        invitation.id = Ids.newId();
        invitation.customerId = Require.present("customerId", customer).id();
        invitation.issue(tokenHash, actor, now, validity);
        return invitation;
    }

    /** An invitation about one order of the customer, once it has reached the customer. */
    public static SurveyInvitation aboutOrder(Customer customer, Order order, String tokenHash, String actor,
            Instant now, Duration validity) {
        if (!order.customerId().equals(customer.id())) {
            throw new InvalidInputException("orderId", "is not an order of this customer");
        }
        Survey.requireSurveyable(order);
        SurveyInvitation invitation = new SurveyInvitation();
        invitation.id = Ids.newId();
        invitation.customerId = customer.id();
        invitation.orderId = order.id();
        invitation.issue(tokenHash, actor, now, validity);
        return invitation;
    }

    /** The same invitation with a new token and a new expiry; the old link stops working. */
    public void reissue(String newTokenHash, String actor, Instant now, Duration validity) {
        if (answeredAt != null) {
            throw new IllegalTransitionException("survey invitation", State.ANSWERED, "issue again",
                    "The customer answered this survey at " + answeredAt + ".");
        }
        issue(newTokenHash, actor, now, validity);
    }

    public State state(Instant now) {
        return answeredAt != null ? State.ANSWERED : now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    /** Open: not answered and not expired. */
    public boolean open(Instant now) {
        return state(now) == State.OPEN;
    }

    /** The customer's answer; the invitation is used up. Call only while {@link #open}. */
    public Survey answer(Customer customer, Integer score, String comment, String actor, Instant now) {
        if (!open(now) || !customer.id().equals(customerId)) {
            throw new IllegalStateException("survey invitation " + id + " is not open for this customer");
        }
        Survey survey = Survey.answering(this, customer, score, comment, actor, now);
        answeredAt = now;
        return survey;
    }

    private void issue(String hash, String actor, Instant now, Duration validity) {
        tokenHash = Require.text("tokenHash", hash, 64);
        issuedBy = actor;
        issuedAt = now;
        expiresAt = now.plus(validity);
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public UUID orderId() {
        return orderId;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
