package io.salespipeline.contract.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} for every signature a party gives: {@code signerRole} (SELLER or
 * CUSTOMER) signed the text {@code documentSha256}; {@code complete} is true on the signature
 * that makes the contract signed by both, which is also told once by ContractFullySigned. Who
 * signed is not named (the contract keeps it). Owned by contract-service; consumers read it tolerantly.
 */
public record ContractSigned(UUID contractId, UUID dealId, String signerRole, String documentSha256,
        boolean complete, String recordedBy, Instant signedAt) {

    public static final String TOPIC = "sales.contract.signed";
    public static final String TYPE = "io.salespipeline.contract.ContractSigned.v1";
}
