package io.salespipeline.fulfillment.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.salespipeline.fulfillment.domain.RequestedLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the order API. They carry only what a caller may set: no ids, dealId, totals or owner. */
public final class OrderRequests {

    private OrderRequests() {
    }

    /**
     * The status to move to, with an optional note. The status is text so that an unknown value is
     * answered 400 naming the allowed values; documented as a string of OrderStatus's values, listed
     * (implementation = OrderStatus.class on a String documented it as "string or object", which
     * no generated client can type). OrderRequestsTest keeps the list equal to OrderStatus.
     */
    @Schema(description = "The status to move the order to, with an optional note.")
    public record StatusChangeInput(
            @Schema(description = "The status to move to; allowedStatuses of the order lists those allowed now (another "
                    + "answers 409 naming the current status, an unknown value 400).", required = true,
                    type = SchemaType.STRING, examples = "SHIPPED",
                    enumeration = {"RECEIVED", "IN_PROGRESS", "SHIPPED", "DELIVERED", "COMPLETED", "ON_HOLD", "CANCELLED"})
            @NotBlank String status,
            @Schema(description = "Why, or what happened; kept in the order's status history (the published event "
                    + "carries no note).",
                    examples = "Shipped with DHL, tracking 00340434161094042557")
            String note) {
    }

    /** A later order of an existing customer; lines are priced by the server (line rule). */
    @Schema(description = "A later order of an existing customer; the server prices its lines.")
    public record NewOrderInput(
            @Schema(description = "The customer ordering (a customer the caller may see).",
                    examples = "0193a3d1-2b4c-7e5f-8a6b-7c8d9e0f1a2b") @NotNull UUID customerId,
            @Schema(description = "The customer's purchase-order number, if it gave one (at most 100 characters).",
                    examples = "PO-2026-0815") String poNumber,
            @Schema(description = "The delivery date the customer asks for, if any.", examples = "2026-05-04")
            LocalDate requestedDeliveryDate,
            @Schema(description = "The order's currency, an ISO 4217 code (read in upper case); every line's "
                    + "unitPrice must be in it.", examples = "EUR") @NotBlank String currency,
            @Schema(description = "The lines ordered, at least one; numbered 1, 2, ... in this order.")
            @NotEmpty List<RequestedLine> lines) {
    }
}
