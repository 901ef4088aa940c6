package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.InterestChannel;
import io.salespipeline.lead.domain.SourceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the lead API. They carry only what a caller may set: no status, ids or dealId. */
public final class LeadRequests {

    private LeadRequests() {
    }

    @Schema(description = "A lead to take in: the person, where they came from and anything else known. An e-mail "
            + "address or a phone number is required.")
    public record NewLead(
            @Schema(required = true, description = "The person's full name.", example = "Ada Lovelace") @NotBlank String name,
            @Schema(description = "The person's e-mail address (this or phone is required).", format = "email",
                    example = "ada@example.com") String email,
            @Schema(description = "The person's phone number (this or email is required).", example = "+44 20 7946 0958")
            String phone,
            @Schema(description = "The company the person works for.", example = "Analytical Engines Ltd") String company,
            @Schema(description = "The person's job title.", example = "Head of Procurement") String jobTitle,
            @Schema(description = "The country (ISO 3166-1 alpha-2).", example = "GB") String country,
            @Schema(description = "Free notes about the lead.", example = "Met at the booth; wants a demo in May.")
            String notes,
            @Schema(description = "Further facts as name-value pairs, kept as given.", example = "{\"employees\": \"250\"}")
            Map<String, String> attributes,
            @Schema(description = "Where the lead comes from.", required = true) @NotNull @Valid SourceInput source) {
    }

    @Schema(description = "Where a lead comes from: the kind of source and which one.")
    public record SourceInput(
            @Schema(description = "The kind of source.", required = true) @NotNull SourceKind kind,
            @Schema(description = "Which one: the list, conference, campaign or integration.", example = "Hannover Messe 2026")
            String detail) {
    }

    @Schema(description = "The seller's viable-candidate assessment.")
    public record AssessmentInput(
            @Schema(description = "Whether the lead is a viable candidate; false disqualifies it.", required = true,
                    example = "true") @NotNull Boolean viable,
            @Schema(required = true, description = "Why.", example = "Budget approved, 40 seats needed this year.") @NotBlank String reasons) {
    }

    @Schema(description = "The contact's expressed interest.")
    public record InterestInput(
            @Schema(description = "How the interest was expressed.", required = true) @NotNull InterestChannel channel,
            @Schema(description = "When (ISO-8601 UTC instant).", required = true, example = "2026-11-20T10:15:00Z")
            @NotNull Instant expressedAt,
            @Schema(required = true, description = "What the contact is interested in.", example = "CRM seats, onboarding") @NotBlank String topics) {
    }

    @Schema(description = "Why the lead is disqualified.")
    public record DisqualificationInput(
            @Schema(required = true, description = "The reason.", example = "No budget this year.") @NotBlank String reason) {
    }

    @Schema(description = "A seller reached the contact.")
    public record ContactInput(
            @Schema(description = "How the contact was reached.", required = true) @NotNull InterestChannel channel,
            @Schema(description = "When (ISO-8601 UTC instant).", required = true, example = "2026-11-18T09:00:00Z")
            @NotNull Instant contactedAt) {
    }

    @Schema(description = "Why a disqualified lead is reopened.")
    public record ReopeningInput(
            @Schema(required = true, description = "The reason.", example = "Budget freed up after all.") @NotBlank String reason) {
    }

}
