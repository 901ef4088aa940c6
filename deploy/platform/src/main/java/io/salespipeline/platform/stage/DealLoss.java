package io.salespipeline.platform.stage;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The mark a record of an earlier or later stage keeps when its deal was lost elsewhere: at which
 * stage (its name), why, when. A value for aggregates; the wire record is {@link DealLost}.
 */
@Schema(description = "The deal was lost, at this or another stage: where, why and when. Null on a record whose deal is not lost.")
public record DealLoss(
        @Schema(required = true, description = "The stage where the deal was lost: LEAD, PROSPECT, PROPOSAL, CONTRACT "
                + "or FULFILLMENT.", examples = "PROPOSAL") String stage,
        @Schema(required = true, description = "Why the deal was lost, as the seller or the customer gave it (free text).",
                examples = "Customer chose a cheaper competitor") String reason,
        @Schema(required = true, description = "When the deal was lost (UTC).", examples = "2026-03-12T14:05:00Z")
        Instant lostAt) {
}
