package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a lead (or a later arrival of the same person) came from: the kind and its detail (which
 * list, which conference), and for web forms which form, site, page, campaign and UTM parameters.
 */
public record Source(SourceKind kind, String detail, String formId, String site, String page, String campaign,
        Map<String, String> utm) {

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
