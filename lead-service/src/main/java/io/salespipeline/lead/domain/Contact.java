package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The person behind a lead. Validated and normalised here, whatever path it came by. */
public record Contact(String name, String email, String phone, String company, String jobTitle, String country) {

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
