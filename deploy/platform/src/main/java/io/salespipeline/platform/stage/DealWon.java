package io.salespipeline.platform.stage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.salespipeline.platform.inbox.InconsistentEventException;
import io.salespipeline.platform.inbox.StatedTimes;
import io.salespipeline.platform.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * The stages before the contract read contract-service's {@code DealClosed} ({@value #TOPIC}) as
 * this: the deal was won, when it closed and what its first order is worth (the order's total as
 * the event states it, exact). A tolerant reader of {@code {dealId, closedAt, firstOrder: {totals:
 * {total}}}}: every other field is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DealWon(UUID dealId, Instant closedAt, FirstOrder firstOrder) {

    public static final String TOPIC = "sales.deal.closed";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FirstOrder(Totals totals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(Money total) {
    }

    /** The first order's total; null when the event does not state it. */
    public Money value() {
        return firstOrder == null || firstOrder.totals() == null ? null : firstOrder.totals().total();
    }

    /**
     * This win once checked: a deal closes at a stated time no later than now, with a first order
     * of a stated, non-negative value. Anything else is refused (parked with the reason) before a
     * record changes.
     */
    public DealWon checked() {
        StatedTimes.required("closedAt", closedAt);
        Money value = value();
        if (value == null) {
            throw new InconsistentEventException("Inconsistent event refused: firstOrder.totals.total is missing");
        }
        if (value.isNegative()) {
            throw new InconsistentEventException(
                    "Inconsistent event refused: firstOrder.totals.total is negative (" + value.amount() + ")");
        }
        return this;
    }
}
