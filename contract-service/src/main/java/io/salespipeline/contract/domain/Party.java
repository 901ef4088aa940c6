package io.salespipeline.contract.domain;

/** The customer as named on the contract; country (ISO 3166 alpha-2) when known, passed on with DealClosed. */
public record Party(String company, String contactName, String contactEmail, String country) {

    public Party(String company, String contactName, String contactEmail) {
        this(company, contactName, contactEmail, null);
    }
}
