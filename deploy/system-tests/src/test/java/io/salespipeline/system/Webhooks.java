package io.salespipeline.system;

import static io.salespipeline.system.DealJourney.call;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One service's webhook subscriptions through its generated client: every service offers the same
 * operations (platform WebhookSubscriptionResource), each client with its own types.
 */
interface Webhooks {

    record Subscribed(UUID id, String secret) {
    }

    Subscribed subscribe(String url, List<String> eventTypes);

    /** Delivers again every matching event that occurred at or after {@code from}. */
    void replay(UUID id, OffsetDateTime from);

    /** The delivery log: attempts per event id. */
    Map<UUID, Integer> attempts(UUID id);

    String status(UUID id);

    static Webhooks of(io.salespipeline.client.lead.api.WebhooksApi api) {
        return new Webhooks() {
            public Subscribed subscribe(String url, List<String> eventTypes) {
                var created = call(() -> api.createWebhookSubscription(
                        new io.salespipeline.client.lead.model.SubscribeRequest().url(url).eventTypes(eventTypes)));
                return new Subscribed(created.getSubscription().getId(), created.getSecret());
            }

            public void replay(UUID id, OffsetDateTime from) {
                call(() -> api.replayWebhookSubscription(id, new io.salespipeline.client.lead.model.ReplayRequest().from(from)));
            }

            public Map<UUID, Integer> attempts(UUID id) {
                return call(() -> api.listWebhookDeliveries(id, 500)).stream().collect(Collectors.toMap(
                        io.salespipeline.client.lead.model.Delivery::getEventId,
                        io.salespipeline.client.lead.model.Delivery::getAttempts));
            }

            public String status(UUID id) {
                return String.valueOf(call(() -> api.getWebhookSubscription(id)).getStatus());
            }
        };
    }

    static Webhooks of(io.salespipeline.client.prospect.api.WebhooksApi api) {
        return new Webhooks() {
            public Subscribed subscribe(String url, List<String> eventTypes) {
                var created = call(() -> api.createWebhookSubscription(
                        new io.salespipeline.client.prospect.model.SubscribeRequest().url(url).eventTypes(eventTypes)));
                return new Subscribed(created.getSubscription().getId(), created.getSecret());
            }

            public void replay(UUID id, OffsetDateTime from) {
                call(() -> api.replayWebhookSubscription(id, new io.salespipeline.client.prospect.model.ReplayRequest().from(from)));
            }

            public Map<UUID, Integer> attempts(UUID id) {
                return call(() -> api.listWebhookDeliveries(id, 500)).stream().collect(Collectors.toMap(
                        io.salespipeline.client.prospect.model.Delivery::getEventId,
                        io.salespipeline.client.prospect.model.Delivery::getAttempts));
            }

            public String status(UUID id) {
                return String.valueOf(call(() -> api.getWebhookSubscription(id)).getStatus());
            }
        };
    }

    static Webhooks of(io.salespipeline.client.proposal.api.WebhooksApi api) {
        return new Webhooks() {
            public Subscribed subscribe(String url, List<String> eventTypes) {
                var created = call(() -> api.createWebhookSubscription(
                        new io.salespipeline.client.proposal.model.SubscribeRequest().url(url).eventTypes(eventTypes)));
                return new Subscribed(created.getSubscription().getId(), created.getSecret());
            }

            public void replay(UUID id, OffsetDateTime from) {
                call(() -> api.replayWebhookSubscription(id, new io.salespipeline.client.proposal.model.ReplayRequest().from(from)));
            }

            public Map<UUID, Integer> attempts(UUID id) {
                return call(() -> api.listWebhookDeliveries(id, 500)).stream().collect(Collectors.toMap(
                        io.salespipeline.client.proposal.model.Delivery::getEventId,
                        io.salespipeline.client.proposal.model.Delivery::getAttempts));
            }

            public String status(UUID id) {
                return String.valueOf(call(() -> api.getWebhookSubscription(id)).getStatus());
            }
        };
    }

    static Webhooks of(io.salespipeline.client.contract.api.WebhooksApi api) {
        return new Webhooks() {
            public Subscribed subscribe(String url, List<String> eventTypes) {
                var created = call(() -> api.createWebhookSubscription(
                        new io.salespipeline.client.contract.model.SubscribeRequest().url(url).eventTypes(eventTypes)));
                return new Subscribed(created.getSubscription().getId(), created.getSecret());
            }

            public void replay(UUID id, OffsetDateTime from) {
                call(() -> api.replayWebhookSubscription(id, new io.salespipeline.client.contract.model.ReplayRequest().from(from)));
            }

            public Map<UUID, Integer> attempts(UUID id) {
                return call(() -> api.listWebhookDeliveries(id, 500)).stream().collect(Collectors.toMap(
                        io.salespipeline.client.contract.model.Delivery::getEventId,
                        io.salespipeline.client.contract.model.Delivery::getAttempts));
            }

            public String status(UUID id) {
                return String.valueOf(call(() -> api.getWebhookSubscription(id)).getStatus());
            }
        };
    }

    static Webhooks of(io.salespipeline.client.fulfillment.api.WebhooksApi api) {
        return new Webhooks() {
            public Subscribed subscribe(String url, List<String> eventTypes) {
                var created = call(() -> api.createWebhookSubscription(
                        new io.salespipeline.client.fulfillment.model.SubscribeRequest().url(url).eventTypes(eventTypes)));
                return new Subscribed(created.getSubscription().getId(), created.getSecret());
            }

            public void replay(UUID id, OffsetDateTime from) {
                call(() -> api.replayWebhookSubscription(id, new io.salespipeline.client.fulfillment.model.ReplayRequest().from(from)));
            }

            public Map<UUID, Integer> attempts(UUID id) {
                return call(() -> api.listWebhookDeliveries(id, 500)).stream().collect(Collectors.toMap(
                        io.salespipeline.client.fulfillment.model.Delivery::getEventId,
                        io.salespipeline.client.fulfillment.model.Delivery::getAttempts));
            }

            public String status(UUID id) {
                return String.valueOf(call(() -> api.getWebhookSubscription(id)).getStatus());
            }
        };
    }
}
