package io.salespipeline.lead.domain;

import java.util.UUID;

/** The person is already a lead: answered with 409 naming the existing lead, so the caller can use it. */
public class DuplicateLeadException extends RuntimeException {

    private final UUID existingLeadId;
    private final String matchedOn;

    public DuplicateLeadException(UUID existingLeadId, String matchedOn) {
        super("This person is already lead " + existingLeadId + " (same " + matchedOn + ").");
        this.existingLeadId = existingLeadId;
        this.matchedOn = matchedOn;
    }

    public UUID existingLeadId() {
        return existingLeadId;
    }

    /** email, phone or nameAndCompany. */
    public String matchedOn() {
        return matchedOn;
    }
}
