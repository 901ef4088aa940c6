package io.salespipeline.prospect.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the deal is lost while a prospect, so that the stage
 * before (lead-service) knows. Owned by prospect-service (stage {@value #STAGE}).
 */
public record DealLost(UUID dealId, String stage, String reason, Instant lostAt) {

    public static final String TOPIC = "sales.deal.lost";
    public static final String TYPE = "io.salespipeline.prospect.DealLost.v1";
    public static final String STAGE = "PROSPECT";

    public DealLost(UUID dealId, String reason, Instant lostAt) {
        this(dealId, STAGE, reason, lostAt);
    }
}
