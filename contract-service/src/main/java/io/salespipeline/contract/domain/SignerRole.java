package io.salespipeline.contract.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The two parties that must both sign. */
@Schema(description = "The two parties that must both sign: SELLER and CUSTOMER.")
public enum SignerRole {
    SELLER, CUSTOMER
}
