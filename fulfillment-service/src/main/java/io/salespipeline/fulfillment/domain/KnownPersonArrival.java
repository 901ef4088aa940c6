package io.salespipeline.fulfillment.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A known person of a customer's company arriving again at lead-service (kept on their existing
 * lead there): ids and business facts only, never who they are. {@code dealId}: the lead's deal,
 * null until it qualified; {@code matchedOn}: which part of the person's key matched (email,
 * phone, nameAndCompany); {@code receivedBy}: the channel, e.g. web-form:&lt;formId&gt;.
 */
public record KnownPersonArrival(UUID leadId, UUID dealId, UUID arrivalId, String matchedOn, String sourceKind,
        String receivedBy, Instant receivedAt) {
}
