package io.salespipeline.platform.stage;

import io.salespipeline.platform.money.Money;
import java.time.Instant;

/**
 * What a record of an earlier stage shows of its won deal: when it closed (UTC) and the first
 * order's value. A value for aggregates and views; the wire record is {@link DealWon}.
 */
public record DealWin(Instant closedAt, Money value) {
}
