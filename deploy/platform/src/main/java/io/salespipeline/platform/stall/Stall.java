package io.salespipeline.platform.stall;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A deal with no activity at this stage for {@code afterDays} days: its record (id, status, owner)
 * has not changed since {@code lastActivityAt}; {@code detectedAt} is when the watch noticed.
 * One stall per record and last activity: new activity ends it, and a later silence is a new one.
 */
@Schema(description = "A deal with no activity at this stage for afterDays days.")
public record Stall(
        @Schema(required = true, description = "The stage's record that went quiet (a lead, a prospect, ...).")
        UUID recordId,
        @Schema(required = true, description = "The deal it belongs to.") UUID dealId,
        @Schema(required = true, description = "The stage: LEAD, PROSPECT, PROPOSAL, CONTRACT or FULFILLMENT.",
                examples = "PROSPECT") String stage,
        @Schema(required = true, description = "The record's status when it went quiet.", examples = "RAPPORT")
        String status,
        @Schema(nullable = true, description = "The seller who owns the record (token subject); null when nobody does.",
                examples = "sam.seller") String owner,
        @Schema(required = true, description = "When the record last changed (UTC).", examples = "2026-02-10T16:20:00Z")
        Instant lastActivityAt,
        @Schema(required = true, description = "The days of silence after which this stage calls a deal stalled "
                + "(configured per stage).", examples = "14") int afterDays,
        @Schema(nullable = true, description = "When the stall was published as DealStalled (UTC); null: not yet.",
                examples = "2026-02-24T16:25:00Z")
        Instant detectedAt) {
}
