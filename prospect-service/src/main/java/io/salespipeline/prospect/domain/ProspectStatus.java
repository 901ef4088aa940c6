package io.salespipeline.prospect.domain;

/**
 * RAPPORT -> ORIENTATION -> READY_FOR_PROPOSAL, or LOST (with a reason; terminal) from any of them;
 * WON (terminal) when the deal closed at the contract stage.
 */
public enum ProspectStatus {
    RAPPORT, ORIENTATION, READY_FOR_PROPOSAL, LOST, WON;

    /** The deal's outcome is known: lost or won. */
    public boolean isClosed() {
        return this == LOST || this == WON;
    }

    /** While the seller still builds rapport and learns the prospect, its record may change. */
    boolean isInDiscovery() {
        return this == RAPPORT || this == ORIENTATION;
    }
}
