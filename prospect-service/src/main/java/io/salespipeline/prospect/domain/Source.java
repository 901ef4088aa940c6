package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;

/**
 * Where the lead came from and the campaign its revenue is attributed to (UTM campaign; null:
 * none). The kind is kept as text: lead-service owns that list and may extend it without this
 * service having to change.
 */
public record Source(String kind, String detail, String campaign) {

    public Source {
        kind = Require.optionalText("source.kind", kind, 50);
        detail = Require.optionalText("source.detail", detail, 500);
        campaign = Require.optionalText("source.campaign", campaign, 200);
    }

    /** A source without a campaign. */
    public Source(String kind, String detail) {
        this(kind, detail, null);
    }
}
