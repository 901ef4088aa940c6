package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the proposal is addressed to, as known when it was drafted (a snapshot, not a live link). */
@Schema(description = "Whom the proposal is addressed to, as the prospect's hand-over named them (a snapshot).")
public record Customer(
        @Schema(nullable = true, description = "The customer's company; null when the prospect named none.",
                examples = "Acme Logistics GmbH") String company,
        @Schema(required = true, description = "The contact person ([erased] once the person asked to be forgotten).",
                examples = "Maria Schmidt") String contactName,
        @Schema(nullable = true, format = "email", description = "The contact person's e-mail address; null when "
                + "unknown or erased.", examples = "maria.schmidt@acme.example") String contactEmail,
        @Schema(nullable = true, description = "The customer's country, ISO 3166-1 alpha-2 in upper case, as the "
                + "prospect's hand-over named it (it describes the deal, not the person: it stays after an erasure); "
                + "null when unknown.", examples = "DE") String country) {

    public Customer {
        company = Require.optionalText("customer.company", company, 200);
        contactName = Require.text("customer.contactName", contactName, 200);
        contactEmail = Require.optionalText("customer.contactEmail", contactEmail, 320);
        country = country(country);
    }

    /** A customer whose country is not known. */
    public Customer(String company, String contactName, String contactEmail) {
        this(company, contactName, contactEmail, null);
    }

    // Checked, not dropped: contract-service screens the country against the restricted-country list.
    private static String country(String code) {
        String country = Require.optionalText("customer.country", code, 2);
        if (country != null && !country.toUpperCase(Locale.ROOT).matches("[A-Z]{2}")) {
            throw new InvalidInputException("customer.country", "must be an ISO 3166-1 alpha-2 code such as DE");
        }
        return country == null ? null : country.toUpperCase(Locale.ROOT);
    }
}
