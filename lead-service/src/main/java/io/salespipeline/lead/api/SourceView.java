package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.SourceKind;

/** How a lead (or an import's leads) came in: the kind of source and its detail. */
public record SourceView(SourceKind kind, String detail) {
}
