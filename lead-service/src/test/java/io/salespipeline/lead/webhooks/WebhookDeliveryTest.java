package io.salespipeline.lead.webhooks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.Ports;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.security.Roles;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: events this service stored and relayed reach a real HTTP receiver, signed,
 * in outbox order, through an outage, a dead letter and a replay (test settings: retries from
 * 100 ms doubling up to 1 s, dead-lettered after 5 failures in a row).
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class WebhookDeliveryTest {

    private static final String CREATED = "io.salespipeline.lead.LeadCreated.v1";
    private static final String ASSIGNED = "io.salespipeline.lead.LeadAssigned.v1";
    private static final String OTHER = "io.salespipeline.lead.SomethingElse.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    private final List<String> subscriptions = new ArrayList<>();
    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @BeforeEach
    void signIn() {
        Tokens.signIn("ada.admin", Roles.ADMIN);
    }

    /** Leaves no active subscription behind for the test classes that share this service. */
    @AfterEach
    void cleanUp() throws Exception {
        Tokens.signIn("ada.admin", Roles.ADMIN);
        subscriptions.forEach(id -> given().post("/api/webhook-subscriptions/{id}/disable", id).then().statusCode(200));
        for (WebhookReceiver receiver : receivers) {
            receiver.close();
        }
        Tokens.signOut();
    }

    @Test
    void deliversSignedCloudEventsOfTheSubscribedTypesInOutboxOrder() throws Exception {
        WebhookReceiver receiver = receiver().start();
        JsonPath created = subscribe(receiver, List.of(CREATED, ASSIGNED), null);
        String secret = created.getString("secret");
        String id = created.getString("subscription.id");
        UUID deal = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<UUID> expected = List.of(publish(CREATED, deal, 1), publish(ASSIGNED, deal, 2));
        publish(OTHER, deal, 3);
        UUID otherDeal = publish(CREATED, other, 4);
        UUID last = publish(ASSIGNED, deal, 5);

        await().atMost(PATIENCE).until(() -> receiver.processed().size() == 4);
        List<WebhookReceiver.Received> got = receiver.processed();
        assertEquals(List.of(expected.get(0).toString(), expected.get(1).toString(), last.toString()),
                got.stream().filter(r -> r.subject().equals(deal.toString())).map(WebhookReceiver.Received::id).toList(),
                "one deal's events in the order they were stored, the unsubscribed type left out");
        assertTrue(got.stream().anyMatch(r -> r.id().equals(otherDeal.toString())));
        WebhookReceiver.Received first = got.get(0);
        assertEquals(CREATED, first.type());
        assertEquals("/lead-service", first.source());
        assertEquals("application/json", first.contentType());
        assertEquals("{\"n\":1}", first.body().replace(" ", ""));
        assertEquals(0, receiver.badSignatures.get());
        assertEquals(0, receiver.duplicates.get());

        given().get("/api/webhook-subscriptions/{id}", id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body(not(containsString(secret)));
        given().get("/api/webhook-subscriptions/{id}/deliveries", id).then().statusCode(200)
                .body("size()", equalTo(4)).body("status", org.hamcrest.Matchers.everyItem(equalTo("DELIVERED")))
                .body("attempts", org.hamcrest.Matchers.everyItem(equalTo(1)));

        // A rotated secret signs what follows; the receiver still holding the old one refuses it.
        String rotated = given().post("/api/webhook-subscriptions/{id}/secret-rotation", id).then().statusCode(200)
                .extract().path("secret");
        assertTrue(rotated.startsWith("whsec_") && !rotated.equals(secret));
        publish(CREATED, deal, 6);
        await().atMost(PATIENCE).until(() -> receiver.badSignatures.get() >= 1);
        receiver.secret(rotated);
        await().atMost(PATIENCE).until(() -> receiver.processed().size() == 5);
    }

    @Test
    void aReceiverDownForAWhileGetsEverythingInOrderOnceItIsBack() throws Exception {
        WebhookReceiver receiver = receiver(); // not listening yet: connections are refused
        JsonPath created = subscribe(receiver, List.of(CREATED, ASSIGNED), null);
        String id = created.getString("subscription.id");
        UUID deal = UUID.randomUUID();
        List<String> sent = List.of(publish(CREATED, deal, 1).toString(), publish(ASSIGNED, deal, 2).toString(),
                publish(ASSIGNED, deal, 3).toString());

        await().atMost(PATIENCE).until(() -> given().get("/api/webhook-subscriptions/{id}", id).then().extract()
                .<Integer>path("consecutiveFailures") >= 2);
        given().get("/api/webhook-subscriptions/{id}/deliveries", id).then().statusCode(200)
                .body("[0].status", equalTo("FAILED")).body("[0].lastError", startsWith("ConnectException"));
        receiver.start();

        await().atMost(PATIENCE).until(() -> receiver.processed().size() == 3);
        assertEquals(sent, receiver.processed().stream().map(WebhookReceiver.Received::id).toList());
        given().get("/api/webhook-subscriptions/{id}", id).then().body("status", equalTo("ACTIVE"))
                .body("consecutiveFailures", equalTo(0));
        JsonPath log = given().get("/api/webhook-subscriptions/{id}/deliveries", id).then().extract().jsonPath();
        Map<String, Object> firstEvent = log.getMap("find { it.eventId == '" + sent.get(0) + "' }");
        assertEquals("DELIVERED", firstEvent.get("status"));
        assertTrue((Integer) firstEvent.get("attempts") >= 3, "failed at least twice, then delivered: " + firstEvent);
    }

    @Test
    void aSubscriptionIsDeadLetteredAfterFiveFailuresInARowAndGoesOnWhenEnabled() throws Exception {
        WebhookReceiver receiver = receiver().start();
        receiver.answer.set(500);
        JsonPath created = subscribe(receiver, List.of(CREATED), null);
        String id = created.getString("subscription.id");
        UUID event = publish(CREATED, UUID.randomUUID(), 1);

        await().atMost(PATIENCE).until(() -> "DEAD_LETTERED".equals(
                given().get("/api/webhook-subscriptions/{id}", id).then().extract().path("status")));
        given().get("/api/webhook-subscriptions/{id}", id).then().body("consecutiveFailures", equalTo(5))
                .body("lastError", equalTo("HTTP 500"));
        given().get("/api/webhook-subscriptions/{id}/deliveries", id).then()
                .body("[0].status", equalTo("DEAD_LETTERED")).body("[0].attempts", equalTo(5))
                .body("[0].httpStatus", equalTo(500));
        Thread.sleep(1500); // longer than the longest back-off: a dead letter is not tried again
        assertEquals(5, receiver.refusedOnPurpose.get());

        receiver.answer.set(200);
        given().post("/api/webhook-subscriptions/{id}/enable", id).then().statusCode(200).body("status", equalTo("ACTIVE"));
        await().atMost(PATIENCE).until(() -> receiver.processed().size() == 1);
        assertEquals(event.toString(), receiver.processed().get(0).id());
    }

    @Test
    void aReplayDeliversAgainFromAPointInTimeAndTheReceiverDropsTheRepeatsById() throws Exception {
        WebhookReceiver receiver = receiver().start();
        UUID deal = UUID.randomUUID();
        JsonPath created = subscribe(receiver, List.of(CREATED, ASSIGNED), deal);
        String id = created.getString("subscription.id");
        publish(CREATED, deal, 1);
        publish(CREATED, UUID.randomUUID(), 99); // another deal: the filter leaves it out
        await().atMost(PATIENCE).until(() -> receiver.processed().size() == 1);
        Instant from = Instant.now();
        Thread.sleep(20);
        publish(ASSIGNED, deal, 2);
        publish(ASSIGNED, deal, 3);
        await().atMost(PATIENCE).until(() -> receiver.processed().size() == 3);
        List<WebhookReceiver.Received> before = receiver.processed();

        given().contentType(ContentType.JSON).body(Map.of("from", from.toString()))
                .post("/api/webhook-subscriptions/{id}/replay", id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        // The two events after 'from' come again, older than the last one the receiver has seen.
        await().atMost(PATIENCE).until(() -> receiver.duplicates.get() == 2);
        assertEquals(before, receiver.processed(), "each webhook-id processed once");
        given().get("/api/webhook-subscriptions/{id}/deliveries", id).then()
                .body("findAll { it.attempts == 2 }.size()", equalTo(2))
                .body("findAll { it.attempts == 1 }.size()", equalTo(1));
    }

    @Test
    void refusesBadSubscriptionsWithTheReason() {
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://hooks.example.com/in", "eventTypes", List.of(CREATED)))
                .post("/api/webhook-subscriptions").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://salespipeline.io/problems/webhook-target-refused"))
                .body("detail", equalTo("url: the URL must be http or https"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://user:pw@127.0.0.1/in", "eventTypes", List.of(CREATED)))
                .post("/api/webhook-subscriptions").then().statusCode(400)
                .body("detail", equalTo("url: the URL must not carry credentials"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://127.0.0.1/in", "eventTypes", List.of()))
                .post("/api/webhook-subscriptions").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("url", "https://127.0.0.1/in", "eventTypes", List.of("no spaces")))
                .post("/api/webhook-subscriptions").then().statusCode(400);
        given().get("/api/webhook-subscriptions/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyAnAdminManagesWebhooks() {
        String body = "{\"url\": \"https://127.0.0.1/in\", \"eventTypes\": [\"" + CREATED + "\"]}";
        for (String role : List.of(Roles.SELLER, Roles.SALES_MANAGER, Roles.SUPPORT)) {
            given().header(Tokens.as("someone", role)).contentType(ContentType.JSON).body(body)
                    .post("/api/webhook-subscriptions").then().statusCode(403);
            given().header(Tokens.as("someone", role)).get("/api/webhook-subscriptions").then().statusCode(403);
        }
    }

    private WebhookReceiver receiver() {
        WebhookReceiver receiver = new WebhookReceiver(Ports.free());
        receivers.add(receiver);
        return receiver;
    }

    private JsonPath subscribe(WebhookReceiver receiver, List<String> types, UUID deal) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", receiver.url(), "eventTypes", types));
        if (deal != null) {
            body.put("dealId", deal.toString());
        }
        JsonPath created = given().contentType(ContentType.JSON).body(body).post("/api/webhook-subscriptions")
                .then().statusCode(201).header("Location", containsString("/api/webhook-subscriptions/"))
                .body("secret", startsWith("whsec_")).extract().jsonPath();
        subscriptions.add(created.getString("subscription.id"));
        receiver.secret(created.getString("secret"));
        return created;
    }

    /** Stores an event in the outbox as the service's code does; the relay hands it to Kafka. */
    private UUID publish(String type, UUID deal, int n) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish("test.webhooks", type, deal, Map.of("n", n)));
    }
}
