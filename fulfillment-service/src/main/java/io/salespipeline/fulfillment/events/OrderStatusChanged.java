package io.salespipeline.fulfillment.events;

import io.salespipeline.fulfillment.domain.OrderStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} whenever an order moves from one status to another (not when it is
 * received: DealClosed already tells that). Owned by fulfillment-service; consumers read it tolerantly.
 */
public record OrderStatusChanged(UUID orderId, UUID customerId, UUID dealId, OrderStatus from, OrderStatus to,
        Instant changedAt) {

    public static final String TOPIC = "fulfillment.order.status-changed";
    public static final String TYPE = "io.salespipeline.fulfillment.OrderStatusChanged.v1";
}
