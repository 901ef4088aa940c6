package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the lead came from and the campaign its revenue is attributed to (UTM campaign; null:
 * none). The kind is kept as text: lead-service owns that list and may extend it without this
 * service having to change.
 */
@Schema(description = "Where the lead came from, as lead-service reported it.")
public record Source(
        @Schema(nullable = true, description = "The kind of source, lead-service's list kept as text (DIRECT_MAIL_LIST, "
                + "EMAIL_LIST, ORGANISATION_LIST, CONFERENCE, WEB_FORM, REFERRAL, MANUAL, or a later one); null when unknown.",
                examples = "CONFERENCE") String kind,
        @Schema(nullable = true, description = "Which one: the list, conference, form or referrer; null when not given.",
                examples = "Hannover Messe 2026") String detail,
        @Schema(nullable = true, description = "The (UTM) campaign the deal's revenue is attributed to: the first "
                + "arrival's utm_campaign, else the web form's campaign; null when none.",
                examples = "spring-launch-2026") String campaign) {

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
