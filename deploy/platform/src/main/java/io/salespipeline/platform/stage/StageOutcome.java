package io.salespipeline.platform.stage;

/** How a record left its stage. */
public enum StageOutcome {
    /** Handed onward to the next stage (qualified, ready, accepted, closed, first order completed). */
    FORWARD,
    /** The deal was lost while the record was in this stage (disqualified, lost, declined, or closed by a loss reported elsewhere). */
    LOST,
    /** Sent back to the stage before (a rejected proposal goes back to the prospect). */
    RETURNED,
    /** Ended without moving on or a declared loss (an expired proposal, a voided contract, a cancelled first order). */
    ENDED
}
