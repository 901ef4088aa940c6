package io.salespipeline.contract.events;

import io.salespipeline.contract.domain.FirstOrder;
import io.salespipeline.contract.domain.Party;
import io.salespipeline.contract.domain.Terms;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} exactly once per contract, when the sale is complete: the
 * proposal accepted, the contract signed by both parties, the first order placed.
 * fulfillment-service takes the order in from it. Owned by contract-service. {@code owner}
 * (the seller who worked the deal, null when unassigned) and {@code sharedWith} (possibly empty)
 * hand the deal's ownership on.
 */
public record DealClosed(UUID contractId, UUID dealId, UUID proposalId, Party customer, Terms terms,
        FirstOrder firstOrder, Instant signedAt, Instant closedAt, String owner, List<String> sharedWith) {

    public static final String TOPIC = "sales.deal.closed";
    public static final String TYPE = "io.salespipeline.contract.DealClosed.v1";
}
