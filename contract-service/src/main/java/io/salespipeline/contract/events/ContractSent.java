package io.salespipeline.contract.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} each time the contract is sent for signature (again after a
 * revision): {@code documentSha256} is the text the parties are asked to sign. Owned by
 * contract-service; consumers read it tolerantly.
 */
public record ContractSent(UUID contractId, UUID dealId, UUID proposalId, String documentSha256, String sentBy,
        Instant sentAt) {

    public static final String TOPIC = "sales.contract.sent";
    public static final String TYPE = "io.salespipeline.contract.ContractSent.v1";
}
