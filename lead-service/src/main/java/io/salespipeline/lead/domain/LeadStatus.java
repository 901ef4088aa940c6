package io.salespipeline.lead.domain;

/** NEW -> CONTACTED -> QUALIFIED, or DISQUALIFIED (with a reason, kept). */
public enum LeadStatus {
    NEW, CONTACTED, QUALIFIED, DISQUALIFIED;

    boolean isOpen() {
        return this == NEW || this == CONTACTED;
    }
}
