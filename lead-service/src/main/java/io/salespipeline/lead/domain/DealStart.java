package io.salespipeline.lead.domain;

/** How a lead's deal started. */
public enum DealStart {
    /** At qualification: the lead's first deal. */
    FIRST,
    /** A seller started another deal of a won or lost lead (repeat business), on a fresh interest. */
    NEW_DEAL,
    /** A sales manager re-opened the lead's lost deal as a new deal. */
    REOPENED
}
