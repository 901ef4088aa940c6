package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;

/**
 * The contact as the lead carried it at qualification: a snapshot, not a copy kept in sync.
 * lead-service validated it; here only the limits of our own columns are checked.
 */
public record Contact(String name, String email, String phone, String company, String jobTitle, String country) {

    public Contact {
        name = Require.text("contact.name", name, 200);
        email = Require.optionalText("contact.email", email, 320);
        phone = Require.optionalText("contact.phone", phone, 50);
        company = Require.optionalText("contact.company", company, 200);
        jobTitle = Require.optionalText("contact.jobTitle", jobTitle, 200);
        country = Require.optionalText("contact.country", country, 2);
    }
}
