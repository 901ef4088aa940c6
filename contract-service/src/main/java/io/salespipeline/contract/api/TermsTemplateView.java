package io.salespipeline.contract.api;

import io.salespipeline.contract.domain.Terms;
import io.salespipeline.contract.domain.TermsTemplate;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of the standard terms. */
@Schema(description = "One version of the standard terms; new contracts take the newest.")
public record TermsTemplateView(
        @Schema(required = true, description = "The version number, 1, 2, ... (versions are added, never edited).",
                minimum = "1", examples = "3") int version,
        @Schema(required = true, description = "The seven terms of this version.") Terms terms,
        @Schema(required = true, description = "When the version was added (UTC).", examples = "2026-01-15T10:00:00Z")
        Instant createdAt,
        @Schema(nullable = true, description = "The admin who added it, as \"subject (role)\"; null for the versions "
                + "the service was installed with.", examples = "ada.admin (admin)") String createdBy) {

    static TermsTemplateView of(TermsTemplate template) {
        return new TermsTemplateView(template.version(), template.terms(), template.createdAt(), template.createdBy());
    }
}
