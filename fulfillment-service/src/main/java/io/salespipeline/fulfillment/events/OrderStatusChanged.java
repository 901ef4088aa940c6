package io.salespipeline.fulfillment.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} whenever an order moves from one status to another, and on the
 * receipt of a later order ({@code from} null; a first order's receipt is told by DealClosed).
 * {@code from} and {@code to} are order statuses by name (RECEIVED, IN_PROGRESS, SHIPPED,
 * DELIVERED, COMPLETED, ON_HOLD, CANCELLED). Owned by fulfillment-service; consumers read it tolerantly.
 */
public record OrderStatusChanged(UUID orderId, UUID customerId, UUID dealId, @Nullable String from, String to,
        Instant changedAt) {

    public static final String TOPIC = "fulfillment.order.status-changed";
    public static final String TYPE = "io.salespipeline.fulfillment.OrderStatusChanged.v1";
}
