package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the lead came from. The kind is kept as text: lead-service owns that list and may
 * extend it without this service having to change.
 */
@Schema(description = "Where the lead came from, as lead-service reported it.")
public record Source(
        @Schema(nullable = true, description = "The kind of source, lead-service's list kept as text (DIRECT_MAIL_LIST, "
                + "EMAIL_LIST, ORGANISATION_LIST, CONFERENCE, WEB_FORM, REFERRAL, MANUAL, or a later one); null when unknown.",
                examples = "CONFERENCE") String kind,
        @Schema(nullable = true, description = "Which one: the list, conference, form or referrer; null when not given.",
                examples = "Hannover Messe 2026") String detail) {

    public Source {
        kind = Require.optionalText("source.kind", kind, 50);
        detail = Require.optionalText("source.detail", detail, 500);
    }
}
