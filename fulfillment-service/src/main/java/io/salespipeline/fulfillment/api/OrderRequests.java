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
            @Schema(description = "The new status.", required = true, type = SchemaType.STRING,
                    enumeration = {"RECEIVED", "IN_PROGRESS", "SHIPPED", "DELIVERED", "COMPLETED", "ON_HOLD", "CANCELLED"})
            @NotBlank String status,
            @Schema(description = "Why, or what happened.", example = "Shipped with DHL, tracking 00340434161094042557")
            String note) {
    }

    /** A later order of an existing customer; lines are priced by the server (line rule). */
    public record NewOrderInput(@NotNull UUID customerId, String poNumber, LocalDate requestedDeliveryDate,
            @NotBlank String currency, @NotEmpty List<RequestedLine> lines) {
    }
}
