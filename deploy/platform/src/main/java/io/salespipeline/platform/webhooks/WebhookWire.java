package io.salespipeline.platform.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire contracts of {@code /api/webhook-subscriptions}: flat records. */
public final class WebhookWire {

    private static final String EVENT_TYPE = "io.salespipeline.lead.LeadCreated.v1";
    private static final String URL = "https://hooks.acme-crm.example/sales-pipeline";
    private static final String DEAL = "0193a3c4-5e2f-7a10-8b7c-1d2e3f405162";

    private WebhookWire() {
    }

    /** A new subscription: an https URL, the CloudEvent types it wants, and optionally one deal's or one owner's. */
    @Schema(description = "A new webhook subscription.")
    public record SubscribeRequest(
            @Schema(required = true, description = "Where the events are POSTed: an https URL on a public address "
                    + "(http and private addresses only where the deployment allows them).", examples = URL) String url,
            @Schema(required = true, description = "The CloudEvent types to receive (this service's own events, as "
                    + "its AsyncAPI document names them); at least one.", examples = "[\"" + EVENT_TYPE + "\"]") List<String> eventTypes,
            @Schema(nullable = true, description = "Only the events of this deal; null or absent for every deal.",
                    examples = DEAL) UUID dealId,
            @Schema(nullable = true, description = "Only the events of deals this seller owns (the token subject); "
                    + "null or absent for every owner.", examples = "sam.seller") String owner) {
    }

    /** Replays every matching event that occurred at or after {@code from} (still kept in the outbox). */
    @Schema(description = "Where a replay starts.")
    public record ReplayRequest(
            @Schema(required = true, description = "Send again every matching event that occurred at or after this "
                    + "instant (UTC) and is still kept.", examples = "2026-03-01T00:00:00Z") Instant from) {
    }

    @Schema(description = "A webhook subscription and where its deliveries stand (the signing secret is never shown here).")
    public record Subscription(
            @Schema(required = true, description = "The subscription's id.", examples = "0193a3d0-7f10-7b55-a1c2-3d4e5f607182")
            UUID id,
            @Schema(required = true, description = "Where the events are POSTed.", examples = URL) String url,
            @Schema(required = true, description = "The CloudEvent types it receives.", examples = "[\"" + EVENT_TYPE + "\"]")
            List<String> eventTypes,
            @Schema(nullable = true, description = "Only this deal's events; null for every deal.", examples = DEAL)
            UUID dealId,
            @Schema(nullable = true, description = "Only the events of deals this seller owns; null for every owner.",
                    examples = "sam.seller") String owner,
            @Schema(required = true, description = "ACTIVE receives its events; DISABLED was switched off by an admin; "
                    + "DEAD_LETTERED was switched off after too many failed attempts in a row (an admin enables it "
                    + "again).", enumeration = {"ACTIVE", "DISABLED", "DEAD_LETTERED"}) String status,
            @Schema(required = true, description = "Failed attempts in a row for the event at its cursor; 0 after a "
                    + "success.", examples = "0") int consecutiveFailures,
            @Schema(nullable = true, description = "When the next attempt is due after a failure (UTC, back-off); null "
                    + "when nothing waits.", examples = "2026-03-02T09:31:00Z") Instant nextAttemptAt,
            @Schema(nullable = true, description = "The last failure (the receiver's status or the connection error); "
                    + "null when none.", examples = "HTTP 503") String lastError,
            @Schema(required = true, description = "The outbox position of the last event handled (delivered or not "
                    + "matching); events after it are still to go.", examples = "10422") long cursorPosition,
            @Schema(required = true, description = "When it was created (UTC).", examples = "2026-03-01T08:00:00Z")
            Instant createdAt,
            @Schema(required = true, description = "The admin who created it (token subject).", examples = "ada.admin")
            String createdBy,
            @Schema(nullable = true, description = "When an admin last changed it (enabled, disabled, replayed, rotated "
                    + "the secret; UTC); null if never.", examples = "2026-03-02T12:00:00Z") Instant changedAt) {
    }

    /** Answered on create and on rotation only: the signing secret is never shown again. */
    @Schema(description = "A subscription with its signing secret, answered on create and on rotation only.")
    public record SubscriptionWithSecret(
            @Schema(required = true, description = "The subscription.") Subscription subscription,
            @Schema(required = true, description = "The signing secret (Standard Webhooks, whsec_ and base64): keep it "
                    + "to verify webhook-signature; it is never shown again.",
                    examples = "whsec_BwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSY=") String secret) {
    }

    @Schema(description = "One event's delivery to a subscription.")
    public record Delivery(
            @Schema(required = true, description = "The CloudEvent id (the webhook-id header): a receiver drops a "
                    + "repeat by it.", examples = "0193a3c5-0b1d-7c22-9e44-5f6a7b8c9d0e") UUID eventId,
            @Schema(required = true, description = "The event's outbox position (events go out in this order).",
                    examples = "10421") long position,
            @Schema(required = true, description = "The CloudEvent type.", examples = EVENT_TYPE) String eventType,
            @Schema(required = true, description = "DELIVERED (the receiver answered 2xx) or FAILED (it will be "
                    + "tried again until the subscription is dead-lettered).", enumeration = {"DELIVERED", "FAILED"})
            String status,
            @Schema(required = true, description = "How many times it was sent.", examples = "1") int attempts,
            @Schema(nullable = true, description = "The receiver's last HTTP status; null when no answer came "
                    + "(connection refused, timeout).", examples = "204") Integer httpStatus,
            @Schema(nullable = true, description = "Why the last attempt failed; null when it succeeded.",
                    examples = "connect timed out") String lastError,
            @Schema(required = true, description = "When it was first sent (UTC).", examples = "2026-03-02T09:30:00Z")
            Instant firstAttemptAt,
            @Schema(required = true, description = "When it was last sent (UTC).", examples = "2026-03-02T09:30:00Z")
            Instant lastAttemptAt,
            @Schema(nullable = true, description = "When the receiver accepted it (UTC); null while it fails.",
                    examples = "2026-03-02T09:30:00Z") Instant deliveredAt) {
    }
}
