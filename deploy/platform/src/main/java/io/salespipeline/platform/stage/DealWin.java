package io.salespipeline.platform.stage;

import io.salespipeline.platform.money.Money;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a record of an earlier stage shows of its won deal: when it closed (UTC) and the first
 * order's value. A value for aggregates and views; the wire record is {@link DealWon}.
 */
@Schema(description = "The deal was won (its first order placed): when, and the first order's value. Null until then.")
public record DealWin(
        @Schema(required = true, description = "When the deal closed: the first order was placed (UTC).",
                examples = "2026-04-02T10:15:00Z") Instant closedAt,
        @Schema(required = true, description = "The first order's total value, in the contract's currency.") Money value) {
}
