package io.salespipeline.lead.domain;

import java.time.Instant;

/** The deal a qualified lead started was lost later: at which stage, why, when. */
public record DealLoss(String stage, String reason, Instant lostAt) {
}
