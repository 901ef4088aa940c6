package io.salespipeline.fulfillment.messaging;

import io.salespipeline.fulfillment.domain.KnownPersonArrival;
import java.time.Instant;
import java.util.UUID;

/**
 * This service's reading of lead-service's LeadMerged.v1: a known person's arrival kept on their
 * lead, and the lead's company account ({@code accountId}; null or missing, as in events published
 * before it existed: none known). Unknown fields are ignored.
 */
public record LeadMergedData(UUID leadId, UUID dealId, UUID arrivalId, String matchedOn, String sourceKind,
        String receivedBy, Instant receivedAt, UUID accountId) {

    KnownPersonArrival arrival() {
        return new KnownPersonArrival(leadId, dealId, arrivalId, matchedOn, sourceKind, receivedBy, receivedAt);
    }
}
