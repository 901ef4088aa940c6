package io.salespipeline.prospect.domain;

/** RAPPORT -> ORIENTATION -> READY_FOR_PROPOSAL, or LOST (with a reason; terminal) from any of them. */
public enum ProspectStatus {
    RAPPORT, ORIENTATION, READY_FOR_PROPOSAL, LOST;

    /** While the seller still builds rapport and learns the prospect, its record may change. */
    boolean isInDiscovery() {
        return this == RAPPORT || this == ORIENTATION;
    }
}
