package io.salespipeline.fulfillment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.OrderKind;
import io.salespipeline.fulfillment.domain.OrderLine;
import io.salespipeline.fulfillment.domain.OrderStatus;
import io.salespipeline.fulfillment.domain.OrderTotals;
import io.salespipeline.fulfillment.domain.StatusChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An order as the API shows it, with the statuses it may change to now and its status history
 * (oldest first; the first entry, from null, is its receipt).
 */
public record OrderView(UUID id, UUID customerId, UUID dealId, UUID contractId, OrderKind kind, String poNumber,
        LocalDate requestedDeliveryDate, String currency, List<OrderLine> lines, OrderTotals totals,
        OrderStatus status, OrderStatus heldFrom, Set<OrderStatus> allowedStatuses, Instant createdAt,
        Instant updatedAt, List<Change> statusHistory, @JsonInclude(JsonInclude.Include.NON_NULL) Attribution attribution) {

    /** One entry of the status history. */
    public record Change(OrderStatus from, OrderStatus to, Instant at, String by, String note) {

        static Change of(StatusChange change) {
            return new Change(change.from(), change.to(), change.at(), change.by(), change.note());
        }
    }

    public static OrderView of(Order order) {
        return new OrderView(order.id(), order.customerId(), order.dealId(), order.contractId(), order.kind(),
                order.poNumber(), order.requestedDeliveryDate(), order.currency(), order.lines(), order.totals(),
                order.status(), order.heldFrom(), order.allowedNext(), order.createdAt(), order.updatedAt(),
                order.history().stream().map(Change::of).toList(), order.attribution());
    }
}
