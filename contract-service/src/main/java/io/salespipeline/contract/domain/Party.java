package io.salespipeline.contract.domain;

/** The customer as named on the contract. */
public record Party(String company, String contactName, String contactEmail) {
}
