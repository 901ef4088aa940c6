package io.salespipeline.platform.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A URL that receives some of this service's events. The dispatcher writes its delivery columns
 * (cursor, failures, lease) with statements of its own; an admin's change writes only the columns
 * it changed ({@link DynamicUpdate}) and takes the lease away, so a delivery on its way cannot
 * undo it (its outcome is dropped and the event goes out again).
 */
@Entity
@Table(name = "webhook_subscription")
@DynamicUpdate
public class WebhookSubscription extends PanacheEntityBase {

    public enum Status {
        /** Receives its events. */
        ACTIVE,
        /** Switched off by an admin. */
        DISABLED,
        /** Switched off after too many failed attempts in a row; an admin enables it again. */
        DEAD_LETTERED
    }

    @Id
    public UUID id;

    public String url;

    /** A JSON array of CloudEvent types. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types")
    public String eventTypes;

    @Column(name = "deal_id")
    public UUID dealId;

    public String owner;

    public String secret;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "cursor_position")
    public long cursorPosition;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "lease_holder")
    public String leaseHolder;

    public static WebhookSubscription create(String url, String eventTypes, UUID dealId, String owner,
            long cursor, String actor, Instant now) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = io.salespipeline.platform.ids.Ids.newId();
        subscription.url = url;
        subscription.eventTypes = eventTypes;
        subscription.dealId = dealId;
        subscription.owner = owner;
        subscription.secret = WebhookSignature.newSecret();
        subscription.status = Status.ACTIVE;
        subscription.cursorPosition = cursor;
        subscription.nextAttemptAt = now;
        subscription.createdAt = now;
        subscription.createdBy = actor;
        subscription.changedAt = now;
        return subscription;
    }

    public void disable(Instant now) {
        status = Status.DISABLED;
        interrupt(now);
    }

    /** Active again, from where it stopped, with a clean slate of failures. */
    public void enable(Instant now) {
        status = Status.ACTIVE;
        consecutiveFailures = 0;
        nextAttemptAt = now;
        interrupt(now);
    }

    /** A new secret: deliveries from now on are signed with it alone. */
    public String rotateSecret(Instant now) {
        secret = WebhookSignature.newSecret();
        interrupt(now);
        return secret;
    }

    /** Delivers again every matching event after {@code cursor}, and then onwards; enables the subscription. */
    public void replayFrom(long cursor, Instant now) {
        cursorPosition = cursor;
        enable(now);
    }

    private void interrupt(Instant now) {
        leaseHolder = null;
        changedAt = now;
    }
}
