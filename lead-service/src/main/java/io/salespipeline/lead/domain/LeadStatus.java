package io.salespipeline.lead.domain;

/**
 * NEW -> CONTACTED -> QUALIFIED -> WON (its deal closed at the contract stage), or DISQUALIFIED
 * (with a reason, kept).
 */
public enum LeadStatus {
    NEW, CONTACTED, QUALIFIED, DISQUALIFIED, WON;

    boolean isOpen() {
        return this == NEW || this == CONTACTED;
    }
}
