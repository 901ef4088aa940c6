package io.salespipeline.fulfillment.domain;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RECEIVED -> IN_PROGRESS -> SHIPPED -> DELIVERED -> COMPLETED; ON_HOLD from RECEIVED or
 * IN_PROGRESS and back to where it was held from; CANCELLED from RECEIVED, IN_PROGRESS or ON_HOLD.
 */
@Schema(description = "Where an order stands: RECEIVED -> IN_PROGRESS -> SHIPPED -> DELIVERED -> COMPLETED; ON_HOLD from "
        + "RECEIVED or IN_PROGRESS and back; CANCELLED from RECEIVED, IN_PROGRESS or ON_HOLD.")
public enum OrderStatus {
    RECEIVED, IN_PROGRESS, SHIPPED, DELIVERED, COMPLETED, ON_HOLD, CANCELLED;

    /**
     * The states this one leads to on its own. ON_HOLD is missing its way back here because that
     * depends on the state it was held from, which only the order knows.
     */
    Set<OrderStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(IN_PROGRESS, ON_HOLD, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(SHIPPED, ON_HOLD, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(COMPLETED);
            case ON_HOLD -> EnumSet.of(CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
