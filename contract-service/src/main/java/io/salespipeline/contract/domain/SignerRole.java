package io.salespipeline.contract.domain;

/** The two parties that must both sign. */
public enum SignerRole {
    SELLER, CUSTOMER
}
