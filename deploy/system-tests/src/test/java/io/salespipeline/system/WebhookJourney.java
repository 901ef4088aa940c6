package io.salespipeline.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.infra.Ports;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * An integration without Kafka: a webhook receiver subscribed on all five services to every event
 * type each one's AsyncAPI document says it publishes. One deal goes from lead to survey taking
 * every step ({@link DealJourney#everyStep}) while the receiver is down for a minute from the
 * proposal on (the deal goes on meanwhile); it ends with every event type of the deal from every service, each verified
 * and taken once. Replayed from the deal's start, every event arrives again and is recognised as
 * a repeat.
 */
final class WebhookJourney {

    /** Published types that this deal does not produce: other outcomes, or about no single deal. */
    static final Set<String> NOT_OF_THIS_DEAL = Set.of("DealLost", "DealStalled", "ProposalRejected",
            "ProposalApprovalRefused", "PersonKey", "ErasureRequested", "ErasureConfirmed", "TradeRestrictionsChanged");

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final Duration DELIVERED = Duration.ofMinutes(3);

    private final SalesSystem system;
    private final Api admin;

    WebhookJourney(SalesSystem system) {
        this.system = system;
        this.admin = Api.as(system, "ada.admin", "admin", null);
    }

    void run() throws Exception {
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, UUID> subscriptions = new HashMap<>();
        try (WebhookReceiver receiver = new WebhookReceiver(Ports.free())) {
            for (String service : SalesSystem.SERVICES) {
                Set<String> published = publishedTypes(service);
                Webhooks.Subscribed subscribed = admin.webhooks(service).subscribe(receiver.url(service),
                        published.stream().sorted().toList());
                receiver.trust(service, subscribed.secret());
                subscriptions.put(service, subscribed.id());
                expected.put(service, published.stream().filter(type -> !NOT_OF_THIS_DEAL.contains(simpleName(type)))
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
            Instant dealStarted = Instant.now();
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
            CompletableFuture<ScheduledFuture<?>> back = new CompletableFuture<>();
            DealJourney journey = new DealJourney(system, 200).everyStep(() -> {
                receiver.down();
                back.complete(clock.schedule(receiver::up, OUTAGE.toMillis(), TimeUnit.MILLISECONDS));
            });
            String dealId;
            try {
                dealId = journey.run().dealId();
                back.get().get();
            } finally {
                clock.shutdownNow();
            }
            Set<String> subjects = Set.of(dealId, journey.leadId().toString());

            await().atMost(DELIVERED).pollInterval(Duration.ofSeconds(1)).untilAsserted(
                    () -> assertEquals(expected, typesOfTheDeal(receiver, subjects)));
            assertEquals(java.util.List.of(), receiver.refused(), "deliveries whose signature did not hold");
            // The outage was survived by retrying: the contract's events were tried while the receiver was down.
            assertTrue(admin.webhooks("contract").attempts(subscriptions.get("contract")).values().stream()
                    .anyMatch(attempts -> attempts > 1), "a contract event delivered after failed attempts");
            subscriptions.forEach((service, id) -> assertEquals("ACTIVE", admin.webhooks(service).status(id), service));

            // Later events of a type already seen (the second signature) may still be on their way: settled first.
            long[] seen = {-1};
            await().atMost(DELIVERED).pollInterval(Duration.ofSeconds(3)).until(() -> {
                long now = eventsOfTheDeal(receiver, subjects).count();
                boolean settled = now == seen[0];
                seen[0] = now;
                return settled;
            });
            long taken = seen[0];
            OffsetDateTime from = dealStarted.atOffset(ZoneOffset.UTC);
            subscriptions.forEach((service, id) -> admin.webhooks(service).replay(id, from));
            await().atMost(DELIVERED).pollInterval(Duration.ofSeconds(1)).until(() -> eventsOfTheDeal(receiver, subjects)
                    .allMatch(event -> event.arrivals().get() >= 2));
            assertEquals(taken, eventsOfTheDeal(receiver, subjects).count(), "replayed events taken once");
            assertEquals(expected, typesOfTheDeal(receiver, subjects));
            System.out.printf("webhooks: %d events of deal %s, every one delivered again by the replay%n", taken, dealId);
        }
    }

    private static java.util.stream.Stream<WebhookReceiver.Received> eventsOfTheDeal(WebhookReceiver receiver,
            Set<String> subjects) {
        return receiver.events().stream().filter(event -> subjects.contains(event.subject()));
    }

    private static Map<String, Set<String>> typesOfTheDeal(WebhookReceiver receiver, Set<String> subjects) {
        Map<String, Set<String>> types = new TreeMap<>();
        SalesSystem.SERVICES.forEach(service -> types.put(service, new TreeSet<>()));
        eventsOfTheDeal(receiver, subjects).forEach(event -> types.get(event.service()).add(event.type()));
        return types;
    }

    /**
     * The CloudEvent types of the service's AsyncAPI document's send operations. Read with REST
     * Assured: the document is served on the management port, outside the OpenAPI documents.
     */
    private Set<String> publishedTypes(String service) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(given().baseUri(system.managementUri(service))
                    .get("/asyncapi.json").then().statusCode(200).extract().asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Set<String> types = new TreeSet<>();
        document.path("operations").forEach(operation -> {
            if ("send".equals(operation.path("action").asText())) {
                resolve(document, resolve(document, operation.path("channel")).path("messages")).forEach(message ->
                        types.add(resolve(document, resolve(document, message).path("headers"))
                                .path("properties").path("ce_type").path("const").asText()));
            }
        });
        assertTrue(types.stream().noneMatch(String::isEmpty), service + ": a published message without ce_type");
        return types;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText(null);
        return ref == null ? node : document.at(ref.substring(1));
    }

    private static String simpleName(String type) {
        String[] parts = type.split("\\.");
        return parts[parts.length - 2];
    }
}
