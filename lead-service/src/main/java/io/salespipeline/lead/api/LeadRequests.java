package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.InterestChannel;
import io.salespipeline.lead.domain.SourceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;

/** Request bodies of the lead API. They carry only what a caller may set: no status, ids or dealId. */
public final class LeadRequests {

    private LeadRequests() {
    }

    public record NewLead(@NotBlank String name, String email, String phone, String company, String jobTitle,
            String country, String notes, Map<String, String> attributes, @NotNull @Valid SourceInput source) {
    }

    public record SourceInput(@NotNull SourceKind kind, String detail) {
    }

    public record AssessmentInput(@NotNull Boolean viable, @NotBlank String reasons) {
    }

    public record InterestInput(@NotNull InterestChannel channel, @NotNull Instant expressedAt,
            @NotBlank String topics) {
    }

    public record DisqualificationInput(@NotBlank String reason) {
    }

    public record ContactInput(@NotNull InterestChannel channel, @NotNull Instant contactedAt) {
    }

    public record ReopeningInput(@NotBlank String reason) {
    }

}
