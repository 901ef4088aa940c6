package io.salespipeline.prospect.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} once per stall: the deal's record at this stage ({@code recordId},
 * {@code status}, {@code owner}) has not changed since {@code lastActivityAt}, for at least
 * {@code afterDays} days. Owned by prospect-service; consumers read it tolerantly.
 */
public record DealStalled(UUID dealId, UUID recordId, String stage, String status, @Nullable String owner,
        Instant lastActivityAt, int afterDays, Instant detectedAt) {

    public static final String TOPIC = "sales.prospect.deal-stalled";
    public static final String TYPE = "io.salespipeline.prospect.DealStalled.v1";
}
