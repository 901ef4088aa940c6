package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.StatusChange;
import io.salespipeline.fulfillment.events.OrderStatusChanged;
import io.salespipeline.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** An order's status change (or a later order's receipt) told on the wire: {@link OrderStatusChanged}. */
@ApplicationScoped
public class OrderStatusEvents {

    @Inject
    Outbox outbox;

    /** Stores the event in the outbox, in the transaction that changed the order. */
    public void publish(Order order, StatusChange change) {
        OrderStatusChanged event = of(order, change);
        outbox.publish(OrderStatusChanged.TOPIC, OrderStatusChanged.TYPE, event.dealId(), event);
    }

    /** The event of one entry of the order's history; statuses by name, {@code from} null for a receipt. */
    public static OrderStatusChanged of(Order order, StatusChange change) {
        return new OrderStatusChanged(order.id(), order.customerId(), order.dealId(),
                change.from() == null ? null : change.from().name(), change.to().name(), change.at());
    }
}
