package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a web form: its HTML name, the lead field it fills, and whether it must be filled. */
@Schema(description = "One field of a web form.")
public record FormField(
        @Schema(required = true, description = "The HTML field name: letters, digits, _ . - (not utm_*).", maxLength = 60,
                examples = "work_email") String name,
        @Schema(required = true, description = "The lead field it fills.") FormFieldTarget mapsTo,
        @Schema(description = "Whether a submission without it is refused; false when absent.") boolean required) {

    public FormField {
        name = Require.text("fields.name", name, 60);
        if (!name.matches("[A-Za-z][A-Za-z0-9_.-]*") || name.startsWith("utm_")) {
            throw new InvalidInputException("fields.name",
                    "must be a plain field name (letters, digits, _ . -), not a utm_* parameter: " + name);
        }
        Require.present("fields.mapsTo", mapsTo);
    }
}
