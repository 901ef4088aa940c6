package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a lead (or an import's leads) came in: the kind of source and its detail. */
@Schema(description = "How a lead (or an import's leads) came in.")
public record SourceView(
        @Schema(required = true, description = "The kind of source.") SourceKind kind,
        @Schema(nullable = true, description = "Which one: the list, conference, form or referrer; null when not given.",
                examples = "Hannover Messe 2026") String detail) {
}
