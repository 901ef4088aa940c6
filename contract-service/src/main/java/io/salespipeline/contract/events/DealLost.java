package io.salespipeline.contract.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the customer declines the contract, so earlier stages know.
 * The shared shape ({@code dealId, stage, reason, lostAt}) plus the deal's ownership
 * ({@code owner}, {@code sharedWith}), which readers of that shape ignore.
 */
public record DealLost(UUID dealId, String stage, String reason, Instant lostAt, String owner,
        List<String> sharedWith) {

    public static final String TOPIC = "sales.deal.lost";
    public static final String TYPE = "io.salespipeline.contract.DealLost.v1";
}
