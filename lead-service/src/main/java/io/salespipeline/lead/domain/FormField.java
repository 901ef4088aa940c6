package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;

/** One field of a web form: its HTML name, the lead field it fills, and whether it must be filled. */
public record FormField(String name, FormFieldTarget mapsTo, boolean required) {

    public FormField {
        name = Require.text("fields.name", name, 60);
        if (!name.matches("[A-Za-z][A-Za-z0-9_.-]*") || name.startsWith("utm_")) {
            throw new InvalidInputException("fields.name",
                    "must be a plain field name (letters, digits, _ . -), not a utm_* parameter: " + name);
        }
        Require.present("fields.mapsTo", mapsTo);
    }
}
