package io.salespipeline.platform.stage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One stage's figures for the records that entered it in [from, to): how many entered, how
 * many have left and how (counted whenever they left), how many are still in it, and the time
 * in stage (entry to latest exit) of those that left, as ISO-8601 durations and as seconds.
 * {@code forwardRate} = leftForward / entered. {@code won}: of those, how many belong to a deal
 * won since (the deal closed); only from a stage that learns of its deals' wins, absent elsewhere.
 */
@Schema(description = "This service's stage figures for the records that entered the stage in [from, to); the exits "
        + "are counted whenever they happened.")
public record StageFigures(
        @Schema(required = true, description = "The stage: LEAD, PROSPECT, PROPOSAL, CONTRACT or FULFILLMENT.",
                examples = "LEAD") String stage,
        @Schema(required = true, description = "The period's start, inclusive (UTC).", examples = "2026-02-01T00:00:00Z")
        Instant from,
        @Schema(required = true, description = "The period's end, exclusive (UTC).", examples = "2026-03-01T00:00:00Z")
        Instant to,
        @Schema(required = true, description = "Records that entered the stage in the period.", examples = "120")
        long entered,
        @Schema(required = true, description = "Of those, how many were handed on to the next stage (qualified, "
                + "ready, accepted, closed, first order completed).", examples = "48") long leftForward,
        @Schema(required = true, description = "Of those, how many left because the deal was lost.", examples = "30")
        long lost,
        @Schema(required = true, description = "Of those, how many were sent back to the stage before (a rejected "
                + "proposal goes back to the prospect).", examples = "2") long returned,
        @Schema(required = true, description = "Of those, how many ended without moving on or a declared loss (an "
                + "expired proposal, a voided contract, a cancelled first order).", examples = "5") long ended,
        @Schema(required = true, description = "Of those, how many are still in the stage.", examples = "35")
        long stillInStage,
        @Schema(nullable = true, description = "leftForward / entered as a decimal string with 4 places; null when "
                + "nothing entered.", examples = "0.4000") String forwardRate,
        @Schema(required = true, description = "How long the records that left stayed in the stage.")
        TimeInStage timeInStage,
        @Schema(description = "Of the records that entered, how many belong to a deal won since; only from a stage "
                + "that learns of its deals' wins (absent elsewhere).", examples = "12")
        @JsonInclude(JsonInclude.Include.NON_NULL) Long won) {

    @Schema(description = "Time in stage (entry to latest exit) of the records that left it; the percentiles are null "
            + "when none left.")
    public record TimeInStage(
            @Schema(required = true, description = "How many records left (the sample measured).", examples = "85")
            long measured,
            @Schema(nullable = true, description = "The median time in stage, an ISO-8601 duration; null when none left.",
                    examples = "PT52H30M") String median,
            @Schema(nullable = true, description = "The 90th percentile, an ISO-8601 duration; null when none left.",
                    examples = "PT168H") String p90,
            @Schema(nullable = true, description = "The median in seconds, a decimal string with 3 places; null when "
                    + "none left.", examples = "189000.000") String medianSeconds,
            @Schema(nullable = true, description = "The 90th percentile in seconds, a decimal string with 3 places; "
                    + "null when none left.", examples = "604800.000") String p90Seconds) {
    }
}
