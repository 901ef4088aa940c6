package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a lead (or a later arrival of the same person) came from: the kind and its detail (which
 * list, which conference), and for web forms which form, site, page, campaign and UTM parameters.
 */
@Schema(description = "Where a lead (or a later arrival of the same person) came from.")
public record Source(
        @Schema(required = true, description = "The kind of source.") SourceKind kind,
        @Schema(nullable = true, description = "Which one: the list, the conference, the referrer; null when not given.",
                examples = "Hannover Messe 2026") String detail,
        @Schema(nullable = true, description = "The web form's id (WEB_FORM only); null otherwise.", examples = "contact-us")
        String formId,
        @Schema(nullable = true, description = "The site the form was posted from (its origin); null when unknown.",
                examples = "https://www.salespipeline.io") String site,
        @Schema(nullable = true, description = "The page the form was on; null when unknown.",
                examples = "https://www.salespipeline.io/pricing") String page,
        @Schema(nullable = true, description = "The campaign; null when none.", examples = "spring-launch-2026")
        String campaign,
        @Schema(required = true, description = "The utm_* parameters the form carried; empty when none.",
                examples = "{\"utm_source\": \"newsletter\", \"utm_medium\": \"email\"}") Map<String, String> utm) {

    public Source {
        kind = Require.present("source.kind", kind);
        detail = Require.optionalText("source.detail", detail, 500);
        formId = Require.optionalText("source.formId", formId, 100);
        site = Require.optionalText("source.site", site, 500);
        page = Require.optionalText("source.page", page, 1000);
        campaign = Require.optionalText("source.campaign", campaign, 200);
        Map<String, String> kept = new LinkedHashMap<>();
        if (utm != null) {
            utm.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    if (!name.startsWith("utm_") || name.length() > 40) {
                        throw new InvalidInputException("source.utm", "only utm_* parameters are kept");
                    }
                    kept.put(name, Require.text("source.utm." + name, value, 200));
                }
            });
        }
        utm = Map.copyOf(kept);
    }

    /**
     * The campaign revenue is attributed to: the arrival's {@code utm_campaign}, else the campaign its
     * web form names; null when neither says.
     */
    public String attributedCampaign() {
        String utmCampaign = utm.get("utm_campaign");
        return utmCampaign != null ? utmCampaign : campaign;
    }

    public static Source of(SourceKind kind, String detail) {
        return new Source(kind, detail, null, null, null, null, Map.of());
    }
}
