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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order as the API shows it, with the statuses it may change to now and its status history
 * (oldest first; the first entry, from null, is its receipt).
 */
@Schema(description = "An order: its lines and totals, its status, the statuses it may move to now, and its "
        + "status history.")
public record OrderView(
        @Schema(required = true, description = "The order's id.", examples = "0193a3d1-9f00-7a11-8b22-3c4d5e6f7a8b")
        UUID id,
        @Schema(required = true, description = "The customer who ordered.", examples = "0193a3d1-2b4c-7e5f-8a6b-7c8d9e0f1a2b")
        UUID customerId,
        @Schema(required = true, description = "The deal the customer came from (a later order keeps its customer's "
                + "deal).", examples = "0193a3c4-5e2f-7a10-8b7c-1d2e3f405162") UUID dealId,
        @Schema(nullable = true, description = "The contract of a FIRST order (contract-service's id); null for a "
                + "FOLLOW_UP order.", examples = "0193a3c9-1a2b-7c3d-8e4f-5a6b7c8d9e0f") UUID contractId,
        @Schema(required = true, description = "FIRST: placed when the deal closed; FOLLOW_UP: a later order placed "
                + "through this API.", examples = "FIRST") OrderKind kind,
        @Schema(nullable = true, description = "The customer's purchase-order number; null when none was given.",
                examples = "PO-2026-0815") String poNumber,
        @Schema(nullable = true, description = "The delivery date the customer asked for; null when none was given.",
                examples = "2026-05-04") LocalDate requestedDeliveryDate,
        @Schema(required = true, description = "The order's currency (ISO 4217); every amount is in it.",
                examples = "EUR") String currency,
        @Schema(required = true, description = "The lines, by line number; never re-priced after the order was taken.")
        List<OrderLine> lines,
        @Schema(required = true, description = "The sums of the lines' rounded amounts.") OrderTotals totals,
        @Schema(required = true, description = "Where the order stands.", examples = "IN_PROGRESS") OrderStatus status,
        @Schema(nullable = true, description = "While ON_HOLD: the status it was held from, and will return to; "
                + "null otherwise.", examples = "IN_PROGRESS") OrderStatus heldFrom,
        @Schema(required = true, description = "The statuses POST /api/orders/{id}/status accepts now; empty once "
                + "COMPLETED or CANCELLED.", examples = "[\"SHIPPED\", \"ON_HOLD\", \"CANCELLED\"]")
        Set<OrderStatus> allowedStatuses,
        @Schema(required = true, description = "When the order was taken in (UTC).", examples = "2026-03-02T09:30:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When it last changed (UTC); createdAt until its first status change.",
                examples = "2026-03-05T16:45:00Z") Instant updatedAt,
        @Schema(required = true, description = "Every status change, oldest first; the first entry (from null) is "
                + "the order's receipt.") List<Change> statusHistory,
        @Schema(description = "Where the deal came from: the lead's source kind and detail and the (UTM) campaign "
                + "its revenue is attributed to; absent when not known.")
        @JsonInclude(JsonInclude.Include.NON_NULL) Attribution attribution) {

    /** One entry of the status history. */
    @Schema(description = "One status change of an order: written once, never changed.")
    public record Change(
            @Schema(nullable = true, description = "The status before; null for the entry that records the order's "
                    + "receipt.", examples = "RECEIVED") OrderStatus from,
            @Schema(required = true, description = "The status after.", examples = "IN_PROGRESS") OrderStatus to,
            @Schema(required = true, description = "When the change was made (UTC).", examples = "2026-03-03T08:00:00Z")
            Instant at,
            @Schema(required = true, description = "Who made it: \"system\" for the receipt of a first order, else "
                    + "the person, as \"subject (role)\".", examples = "ana.support (support)") String by,
            @Schema(nullable = true, description = "The note given with the change; null when none was.",
                    examples = "Picking started in the Hamburg warehouse") String note) {

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
