package io.salespipeline.fulfillment.domain;

import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of an order's status history: from, to, when, by whom, why. Written once, never changed. */
@Entity
@Table(name = "order_status_change")
public class StatusChange {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", updatable = false)
    private Order order;
    @Enumerated(EnumType.STRING)
    private OrderStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private OrderStatus toStatus;
    private Instant changedAt;
    private String changedBy;
    private String note;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Order order, OrderStatus from, OrderStatus to, Instant at, String by, String note) {
        this.id = Ids.newId();
        this.order = order;
        this.fromStatus = from;
        this.toStatus = to;
        this.changedAt = at;
        this.changedBy = by;
        this.note = note;
    }

    public UUID id() {
        return id;
    }

    /** Null for the entry that records the order's receipt. */
    public OrderStatus from() {
        return fromStatus;
    }

    public OrderStatus to() {
        return toStatus;
    }

    public Instant at() {
        return changedAt;
    }

    public String by() {
        return changedBy;
    }

    public String note() {
        return note;
    }
}
