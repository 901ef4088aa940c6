package io.salespipeline.platform.stage;

import java.time.Instant;

/**
 * The mark a record of an earlier or later stage keeps when its deal was lost elsewhere: at which
 * stage (its name), why, when. A value for aggregates; the wire record is {@link DealLost}.
 */
public record DealLoss(String stage, String reason, Instant lostAt) {
}
