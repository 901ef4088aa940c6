package io.salespipeline.platform.stage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
public record DealWon(UUID dealId, Instant closedAt, Money value) {

    public static final String TOPIC = "sales.deal.closed";

    @JsonCreator
    static DealWon read(@JsonProperty("dealId") UUID dealId, @JsonProperty("closedAt") Instant closedAt,
            @JsonProperty("firstOrder") FirstOrder firstOrder) {
        Money total = firstOrder == null || firstOrder.totals() == null ? null : firstOrder.totals().total();
        return new DealWon(dealId, closedAt, total);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FirstOrder(Totals totals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Totals(Money total) {
    }

    /**
     * This win once checked: a deal closes at a stated time no later than now, with a first order
     * of a stated, non-negative value. Anything else is refused (parked with the reason) before a
     * record changes.
     */
    public DealWon checked() {
        StatedTimes.required("closedAt", closedAt);
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
