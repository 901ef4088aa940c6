package io.salespipeline.platform.stage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One stage's figures for the records that entered it in [from, to): how many entered, how
 * many have left and how (counted whenever they left), how many are still in it, and the time
 * in stage (entry to latest exit) of those that left, as ISO-8601 durations and as seconds.
 * {@code forwardRate} = leftForward / entered. {@code won}: of those, how many belong to a deal
 * won since (the deal closed); only from a stage that learns of its deals' wins, absent elsewhere.
 */
public record StageFigures(String stage, Instant from, Instant to, long entered, long leftForward, long lost,
        long returned, long ended, long stillInStage, String forwardRate, TimeInStage timeInStage,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long won) {

    public record TimeInStage(long measured, String median, String p90, String medianSeconds, String p90Seconds) {
    }
}
