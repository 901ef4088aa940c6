package io.salespipeline.proposal.domain;

import java.time.Instant;

/** The deal of an accepted proposal was lost at a later stage: where, why, when. */
public record DealLoss(String stage, String reason, Instant lostAt) {
}
