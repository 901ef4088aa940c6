package io.salespipeline.lead.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * The person is already a lead: answered with 409. It names the existing lead (and what matched)
 * only to a caller who may see that lead, so the caller can use it; to anyone else the answer
 * says no more than that the person is known.
 */
public class DuplicateLeadException extends RuntimeException {

    private final UUID existingLeadId;
    private final String matchedOn;

    private DuplicateLeadException(String message, UUID existingLeadId, String matchedOn) {
        super(message);
        this.existingLeadId = existingLeadId;
        this.matchedOn = matchedOn;
    }

    /** For a caller who may see the existing lead. */
    public static DuplicateLeadException naming(UUID existingLeadId, String matchedOn) {
        return new DuplicateLeadException("This person is already lead " + existingLeadId + " (same " + matchedOn + ").",
                existingLeadId, matchedOn);
    }

    /** For a caller who may not see the existing lead. */
    public static DuplicateLeadException unnamed() {
        return new DuplicateLeadException("This person is already a lead.", null, null);
    }

    public Optional<UUID> existingLeadId() {
        return Optional.ofNullable(existingLeadId);
    }

    /** email, phone or nameAndCompany; empty when the lead is not named. */
    public Optional<String> matchedOn() {
        return Optional.ofNullable(matchedOn);
    }
}
