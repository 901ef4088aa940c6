package io.salespipeline.lead.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead qualified: the deal it starts, on the assessment and the interest that made it, and the
 * entry of the lead's deal history to store ({@code started}).
 */
public record Qualification(UUID dealId, Assessment assessment, Interest interest, Instant qualifiedAt,
        LeadDeal started) {
}
