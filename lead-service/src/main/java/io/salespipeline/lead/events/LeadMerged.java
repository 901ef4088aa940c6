package io.salespipeline.lead.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when a person who already has a lead arrives again through an
 * unverified channel (a web form): the arrival is kept on the existing lead, for its owner to
 * review, instead of making a second lead. Key and subject: the leadId, like LeadCreated.
 * {@code arrivalId}: the arrival in the lead's source history; {@code matchedOn}: which part of
 * the person's key matched (email, phone or nameAndCompany); {@code dealId}: the lead's deal,
 * null until it qualifies; {@code accountId}: the lead's company account, null until its first
 * deal starts or when no company is known (fulfillment-service tells the customer's support owner
 * when the account is a customer). What the arrival carried stays in this service. Owned by
 * lead-service; consumers read it tolerantly.
 */
public record LeadMerged(UUID leadId, @Nullable UUID dealId, UUID arrivalId, String matchedOn, String sourceKind,
        String receivedBy, Instant receivedAt, @Nullable UUID accountId) {

    public static final String TOPIC = "sales.lead.merged";
    public static final String TYPE = "io.salespipeline.lead.LeadMerged.v1";
}
