package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;

/**
 * Where the lead came from. The kind is kept as text: lead-service owns that list and may
 * extend it without this service having to change.
 */
public record Source(String kind, String detail) {

    public Source {
        kind = Require.optionalText("source.kind", kind, 50);
        detail = Require.optionalText("source.detail", detail, 500);
    }
}
