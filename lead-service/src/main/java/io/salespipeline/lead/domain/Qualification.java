package io.salespipeline.lead.domain;

import java.time.Instant;
import java.util.UUID;

/** A lead qualified: the deal it starts, on the assessment and the interest that made it. */
public record Qualification(UUID dealId, Assessment assessment, Interest interest, Instant qualifiedAt) {
}
