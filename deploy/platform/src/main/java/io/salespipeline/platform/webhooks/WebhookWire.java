package io.salespipeline.platform.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The wire contracts of {@code /api/webhook-subscriptions}: flat records. */
public final class WebhookWire {

    private WebhookWire() {
    }

    /** A new subscription: an https URL, the CloudEvent types it wants, and optionally one deal's or one owner's. */
    public record SubscribeRequest(String url, List<String> eventTypes, UUID dealId, String owner) {
    }

    /** Replays every matching event that occurred at or after {@code from} (still kept in the outbox). */
    public record ReplayRequest(Instant from) {
    }

    public record Subscription(UUID id, String url, List<String> eventTypes, UUID dealId, String owner,
            String status, int consecutiveFailures, Instant nextAttemptAt, String lastError, long cursorPosition,
            Instant createdAt, String createdBy, Instant changedAt) {
    }

    /** Answered on create and on rotation only: the signing secret is never shown again. */
    public record SubscriptionWithSecret(Subscription subscription, String secret) {
    }

    public record Delivery(UUID eventId, long position, String eventType, String status, int attempts,
            Integer httpStatus, String lastError, Instant firstAttemptAt, Instant lastAttemptAt, Instant deliveredAt) {
    }
}
