package io.salespipeline.prospect.domain;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the lead became a prospect: the seller's assessment and the contact's expressed interest. */
@Schema(description = "Why the lead became a prospect: the seller's assessment and the contact's expressed interest.")
public record Qualification(
        @Schema(required = true, description = "The seller's viable-candidate assessment.") Assessment assessment,
        @Schema(required = true, description = "The contact's expressed interest.") Interest interest,
        @Schema(required = true, description = "When the lead was qualified (UTC).", examples = "2026-03-05T11:20:00Z")
        Instant qualifiedAt) {

    /** The seller's judgement that the lead is a viable candidate, with reasons. */
    @Schema(description = "The seller's judgement that the lead is a viable candidate.")
    public record Assessment(
            @Schema(required = true, description = "The seller's reasons.",
                    examples = "Budget approved, 40 seats needed this year.") String reasons,
            @Schema(required = true, description = "Who assessed (token subject).", examples = "sam.seller") String assessedBy,
            @Schema(required = true, description = "When (UTC).", examples = "2026-03-04T10:00:00Z") Instant assessedAt) {
    }

    /** By which channel (lead-service's list, kept as text) and in what the contact showed interest. */
    @Schema(description = "The contact's expressed interest in learning more.")
    public record Interest(
            @Schema(required = true, description = "How it was expressed, lead-service's list kept as text (PHONE, EMAIL, "
                    + "MEETING, WEB_FORM, EVENT, OTHER, or a later one).", examples = "MEETING") String channel,
            @Schema(required = true, description = "What the contact is interested in.", examples = "CRM seats, onboarding")
            String topics,
            @Schema(required = true, description = "When it was expressed (UTC).", examples = "2026-03-03T14:10:00Z")
            Instant expressedAt) {
    }
}
