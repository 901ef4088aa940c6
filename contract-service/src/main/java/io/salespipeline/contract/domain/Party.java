package io.salespipeline.contract.domain;

import io.salespipeline.platform.privacy.EmailAddress;
import io.salespipeline.platform.privacy.Erased;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The customer as named on the contract; country (ISO 3166 alpha-2) when known, passed on with DealClosed. */
@Schema(description = "The customer party as the contract names it.")
public record Party(
        @Schema(nullable = true, description = "The customer's company; null when the deal was with a person without "
                + "one.", examples = "Acme Logistics GmbH") String company,
        @Schema(required = true, description = "The contact person who represents the customer ([erased] once the "
                + "person asked to be forgotten).", examples = "Maria Schmidt") String contactName,
        @Schema(nullable = true, format = "email", description = "The contact person's e-mail address; null when "
                + "unknown or erased.", examples = "maria.schmidt@acme.example") String contactEmail,
        @Schema(nullable = true, description = "The customer's country, ISO 3166-1 alpha-2 (checked against the "
                + "restricted-country list before sending); null when unknown.", examples = "DE") String country) {

    public Party(String company, String contactName, String contactEmail) {
        this(company, contactName, contactEmail, null);
    }

    /** Whether the contact is the person whose address hashes to {@code emailSha256}. */
    boolean hasAddress(String emailSha256) {
        return emailSha256 != null && emailSha256.equals(EmailAddress.sha256(contactEmail));
    }

    @Schema(hidden = true) // not on the wire (Jackson reads public getters only); the schema must not list it
    boolean isErased() {
        return Erased.NAME.equals(contactName) && contactEmail == null;
    }

    /** The company and the country stay: they describe the deal, not the person. */
    Party erased() {
        return new Party(company, Erased.NAME, null, country);
    }
}
