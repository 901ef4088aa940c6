package io.salespipeline.platform.stage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.salespipeline.platform.domain.Require;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a deal came from, as the lead first arrived: the source kind (lead-service's list, kept as
 * text so it may grow), its detail (which list, conference, form or API key) and the campaign its
 * revenue is attributed to (the UTM campaign; null: none). Carried from the lead to the order on
 * every hand-off event as {@code attribution}; an event published before it existed has none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "Where the deal came from, as the lead first arrived: source kind, its detail and the (UTM) "
        + "campaign its revenue is attributed to.")
public record Attribution(
        @Schema(nullable = true, maxLength = 50, description = "How the lead arrived (lead-service's source kind: "
                + "DIRECT_MAIL_LIST, EMAIL_LIST, ORGANISATION_LIST, CONFERENCE, WEB_FORM, REFERRAL, MANUAL; text, so "
                + "the list may grow); null: not known.", examples = "CONFERENCE") @Nullable String sourceKind,
        @Schema(nullable = true, maxLength = 500, description = "Which list, conference, form or API key it came "
                + "from; null: not known.", examples = "Hannover Messe 2026") @Nullable String sourceDetail,
        @Schema(nullable = true, maxLength = 200, description = "The (UTM) campaign the deal's revenue is attributed "
                + "to; null: none.", examples = "spring-2026") @Nullable String campaign) {

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

    /** Serialised as {@code unknown} (always so far): documented rather than hidden, since it is on the wire. */
    @Schema(required = true, description = "true when nothing is known (no kind, detail or campaign); always false "
            + "where shown: an attribution with nothing known is left out instead.")
    public boolean isUnknown() {
        return sourceKind == null && sourceDetail == null && campaign == null;
    }
}
