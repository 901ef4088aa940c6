package io.salespipeline.contract.events;

import java.time.Instant;
import java.util.UUID;

/** Published on {@value #TOPIC} when the customer declines the contract, so earlier stages know. */
public record DealLost(UUID dealId, String stage, String reason, Instant lostAt) {

    public static final String TOPIC = "sales.deal.lost";
    public static final String TYPE = "io.salespipeline.contract.DealLost.v1";
}
