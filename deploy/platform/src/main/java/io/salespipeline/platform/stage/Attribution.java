package io.salespipeline.platform.stage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.salespipeline.platform.domain.Require;
import jakarta.annotation.Nullable;

/**
 * Where a deal came from, as the lead first arrived: the source kind (lead-service's list, kept as
 * text so it may grow), its detail (which list, conference, form or API key) and the campaign its
 * revenue is attributed to (the UTM campaign; null: none). Carried from the lead to the order on
 * every hand-off event as {@code attribution}; an event published before it existed has none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Attribution(@Nullable String sourceKind, @Nullable String sourceDetail, @Nullable String campaign) {

    public Attribution {
        sourceKind = Require.optionalText("attribution.sourceKind", sourceKind, 50);
        sourceDetail = Require.optionalText("attribution.sourceDetail", sourceDetail, 500);
        campaign = Require.optionalText("attribution.campaign", campaign, 200);
    }

    /** Null when nothing is known: no kind, detail or campaign. */
    public static Attribution ofNullable(String sourceKind, String sourceDetail, String campaign) {
        Attribution attribution = new Attribution(sourceKind, sourceDetail, campaign);
        return attribution.isUnknown() ? null : attribution;
    }

    public boolean isUnknown() {
        return sourceKind == null && sourceDetail == null && campaign == null;
    }
}
