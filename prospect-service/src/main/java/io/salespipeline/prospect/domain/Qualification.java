package io.salespipeline.prospect.domain;

import java.time.Instant;

/** Why the lead became a prospect: the seller's assessment and the contact's expressed interest. */
public record Qualification(Assessment assessment, Interest interest, Instant qualifiedAt) {

    /** The seller's judgement that the lead is a viable candidate, with reasons. */
    public record Assessment(String reasons, String assessedBy, Instant assessedAt) {
    }

    /** By which channel (lead-service's list, kept as text) and in what the contact showed interest. */
    public record Interest(String channel, String topics, Instant expressedAt) {
    }
}
