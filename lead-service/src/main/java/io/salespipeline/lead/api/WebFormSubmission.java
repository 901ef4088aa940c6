package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.WebForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a web form posts, as the OpenAPI document tells it: the form's own fields (named as the
 * form configures them) plus the anti-spam token. The resource reads the posted fields by name.
 */
@Schema(name = "WebFormSubmission", additionalProperties = String.class, description = "The form's fields, each "
        + "under the name the form configures (GET /api/web-forms/{formId} lists them in fields[].name), as text; "
        + "plus " + WebForm.TOKEN_FIELD + ", the token GET /api/web-forms/{formId}/token issued. The honeypot field "
        + "(honeypotField) must stay empty; files of a multipart post are ignored.")
public record WebFormSubmission(
        @Schema(name = WebForm.TOKEN_FIELD, required = true, description = "The signed minimum-time-to-submit "
                + "token issued for the form (GET /api/web-forms/{formId}/token).",
                example = "MTczNTY4OTYwMC5hYmMxMjM") String token) {
}
