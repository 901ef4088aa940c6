package io.salespipeline.fulfillment.application;

import io.quarkus.panache.common.Sort;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.OrderStatus;
import io.salespipeline.fulfillment.events.OrderStatusChanged;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Order use cases: each status change is one transaction in which the order changes and its event is stored. */
@ApplicationScoped
public class Orders {

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    @Transactional
    public Order changeStatus(UUID id, OrderStatus target, String note) {
        Order order = get(id);
        OrderStatusChanged changed = order.changeStatus(target, note, actor.name(), Instant.now());
        outbox.publish(OrderStatusChanged.TOPIC, OrderStatusChanged.TYPE, changed.dealId(), changed);
        return order;
    }

    public Order get(UUID id) {
        return Order.<Order>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("order", id));
    }

    /** Keyset page in id (creation) order; fetches one row more to know if another page exists. */
    public List<Order> list(UUID dealId, UUID customerId, OrderStatus status, PageRequest page) {
        Keyset keyset = new Keyset(page).equal("dealId", dealId).equal("customerId", customerId)
                .equal("status", status);
        // range is inclusive: limit + 1 rows, the last one only tells that another page exists.
        return Order.<Order>find(keyset.query(), Sort.by("id"), keyset.parameters()).range(0, page.limit()).list();
    }
}
