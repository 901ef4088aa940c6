package io.salespipeline.contract.domain;

import io.salespipeline.platform.privacy.EmailAddress;
import io.salespipeline.platform.privacy.Erased;

/** The customer as named on the contract; country (ISO 3166 alpha-2) when known, passed on with DealClosed. */
public record Party(String company, String contactName, String contactEmail, String country) {

    public Party(String company, String contactName, String contactEmail) {
        this(company, contactName, contactEmail, null);
    }

    /** Whether the contact is the person whose address hashes to {@code emailSha256}. */
    boolean hasAddress(String emailSha256) {
        return emailSha256 != null && emailSha256.equals(EmailAddress.sha256(contactEmail));
    }

    boolean isErased() {
        return Erased.NAME.equals(contactName) && contactEmail == null;
    }

    /** The company stays: it describes the deal, not the person. */
    Party erased() {
        return new Party(company, Erased.NAME, null);
    }
}
