package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person behind a lead. Validated and normalised here, whatever path it came by. */
@Schema(description = "The person behind a lead, as stored: normalised (e-mail in lower case, country in upper case).")
public record Contact(
        @Schema(required = true, description = "The person's full name.", examples = "Ada Lovelace") String name,
        @Schema(nullable = true, description = "The e-mail address, in lower case; null when only a phone was given.",
                format = "email", examples = "ada@analytical-engines.example") String email,
        @Schema(nullable = true, description = "The phone number as given; null when only an e-mail was given.",
                examples = "+44 20 7946 0958") String phone,
        @Schema(nullable = true, description = "The company or organisation the person works for; null when unknown.",
                examples = "Analytical Engines Ltd") String company,
        @Schema(nullable = true, description = "The person's job title; null when unknown.", examples = "Head of Procurement")
        String jobTitle,
        @Schema(nullable = true, description = "The country, ISO 3166-1 alpha-2 in upper case; null when unknown.",
                examples = "GB") String country) {

    // Compiled once: a contact is checked for every imported row (and every time a lead is read back).
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Contact {
        name = Require.text("name", name, 200);
        email = Require.optionalText("email", email, 320);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                throw new InvalidInputException("email", "is not an e-mail address");
            }
        }
        phone = Require.optionalText("phone", phone, 50);
        if (email == null && phone == null) {
            throw new InvalidInputException("email", "an e-mail address or a phone number is required");
        }
        company = Require.optionalText("company", company, 200);
        jobTitle = Require.optionalText("jobTitle", jobTitle, 200);
        country = Require.optionalText("country", country, 2);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                throw new InvalidInputException("country", "must be an ISO 3166-1 alpha-2 code such as DE");
            }
        }
        // A phone must be readable as a number (E.164 with the country as default region): it identifies the person.
        PersonKey.phone(phone, country);
    }
}
