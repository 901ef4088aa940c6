package io.salespipeline.fulfillment.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when a known person of a customer's company arrived again at
 * lead-service and a support notice was raised for the customer's support owner (a staff subject),
 * for whatever tells them (e-mail, chat). Ids and business facts only: who the person is stays in
 * lead-service ({@code leadId}). {@code dealId}: the deal that opened the customer (the record key);
 * {@code leadDealId}: the person's lead's own deal, null until it qualified. Owned by
 * fulfillment-service; consumers read it tolerantly.
 */
public record SupportNoticeRaised(UUID noticeId, UUID customerId, UUID dealId, String supportOwner, UUID leadId,
        @Nullable UUID leadDealId, UUID arrivalId, String matchedOn, String sourceKind, Instant receivedAt,
        Instant noticedAt) {

    public static final String TOPIC = "fulfillment.customer.support-notice-raised";
    public static final String TYPE = "io.salespipeline.fulfillment.SupportNoticeRaised.v1";
}
