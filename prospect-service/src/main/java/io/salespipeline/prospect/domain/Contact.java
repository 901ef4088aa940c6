package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contact as the lead carried it at qualification: a snapshot, not a copy kept in sync.
 * lead-service validated it; here only the limits of our own columns are checked.
 */
@Schema(description = "The contact as the lead carried it at qualification (a snapshot, not kept in sync with the lead).")
public record Contact(
        @Schema(required = true, description = "The person's full name; [erased] once erased on the person's request.",
                examples = "Ada Lovelace") String name,
        @Schema(nullable = true, description = "The e-mail address; null when none was given (or erased).",
                format = "email", examples = "ada@analytical-engines.example") String email,
        @Schema(nullable = true, description = "The phone number; null when none was given (or erased).",
                examples = "+44 20 7946 0958") String phone,
        @Schema(nullable = true, description = "The company or organisation; null when unknown.",
                examples = "Analytical Engines Ltd") String company,
        @Schema(nullable = true, description = "The job title; null when unknown (or erased).", examples = "Head of Procurement")
        String jobTitle,
        @Schema(nullable = true, description = "The country, ISO 3166-1 alpha-2; null when unknown.", examples = "GB")
        String country) {

    public Contact {
        name = Require.text("contact.name", name, 200);
        email = Require.optionalText("contact.email", email, 320);
        phone = Require.optionalText("contact.phone", phone, 50);
        company = Require.optionalText("contact.company", company, 200);
        jobTitle = Require.optionalText("contact.jobTitle", jobTitle, 200);
        country = Require.optionalText("contact.country", country, 2);
    }
}
