package io.salespipeline.platform.stall;

import java.time.Instant;
import java.util.UUID;

/**
 * A deal with no activity at this stage for {@code afterDays} days: its record (id, status, owner)
 * has not changed since {@code lastActivityAt}; {@code detectedAt} is when the watch noticed.
 * One stall per record and last activity: new activity ends it, and a later silence is a new one.
 */
public record Stall(UUID recordId, UUID dealId, String stage, String status, String owner, Instant lastActivityAt,
        int afterDays, Instant detectedAt) {
}
