package io.salespipeline.fulfillment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a customer's support-owner history, written once: the hand-off by rule (from null)
 * or a reassignment (who, when, from, to, why).
 */
@Entity
@Table(name = "support_assignment")
public class SupportAssignment extends PanacheEntityBase {

    @Id
    private UUID id;
    private UUID customerId;
    private String fromOwner;
    private String toOwner;
    /** The rule that chose the owner; null for a reassignment by a person. */
    @Enumerated(EnumType.STRING)
    private HandOffRule rule;
    private String reason;
    private String assignedBy;
    private Instant assignedAt;

    protected SupportAssignment() {
        // for JPA
    }

    SupportAssignment(UUID customerId, String from, String to, HandOffRule rule, String reason, String by, Instant at) {
        this.id = Ids.newId();
        this.customerId = customerId;
        this.fromOwner = from;
        this.toOwner = to;
        this.rule = rule;
        this.reason = reason;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public String from() {
        return fromOwner;
    }

    public String to() {
        return toOwner;
    }

    public HandOffRule rule() {
        return rule;
    }

    public String reason() {
        return reason;
    }

    public String by() {
        return assignedBy;
    }

    public Instant at() {
        return assignedAt;
    }
}
