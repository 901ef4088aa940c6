package io.salespipeline.contract.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} once per signing round, when the last of both parties signed
 * (after a revision the contract is signed anew and this is told again). The deal closes when
 * the first order is placed too (DealClosed). Owned by contract-service; consumers read it tolerantly.
 */
public record ContractFullySigned(UUID contractId, UUID dealId, UUID proposalId, String documentSha256,
        Instant signedAt) {

    public static final String TOPIC = "sales.contract.fully-signed";
    public static final String TYPE = "io.salespipeline.contract.ContractFullySigned.v1";
}
