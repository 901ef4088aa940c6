package io.salespipeline.infra.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The checks every sales stage runs on {@code sales.deal.access-changed} (who works a deal, kept
 * the same at every stage), against one of its records of a deal: it follows another stage's
 * change (owner, sharing list; an un-shared seller gets 404), ignores its own stage's and an
 * older one, and publishes its own {@code PUT …/sharing}.
 *
 * @param kafka the broker the service consumes from
 * @param stage the service's own stage ({@code LEAD}, {@code PROSPECT}, {@code PROPOSAL}, {@code CONTRACT})
 * @param path the record's path, e.g. {@code /api/prospects/{id}}
 */
public record DealAccessChecks(String kafka, String stage, String path) {

    public static final String TOPIC = "sales.deal.access-changed";
    private static final Header MANAGER = Tokens.as("max.manager", "sales-manager");
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** The event data as a stage publishes it, plus a field this reader does not know. */
    public static String change(UUID dealId, String stage, String owner, Instant changedAt, String... sharedWith) {
        String subjects = Arrays.stream(sharedWith).map(subject -> "\"" + subject + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
        return """
                {"dealId": "%s", "stage": "%s", "owner": %s, "sharedWith": %s, "changedAt": "%s", "later": {"x": 1}}"""
                .formatted(dealId, stage, owner == null ? "null" : "\"" + owner + "\"", subjects, changedAt);
    }

    /** Publishes a change made at {@code atStage}, as that stage's relay would; returns the event id. */
    public String send(UUID dealId, String atStage, String owner, Instant changedAt, String... sharedWith) {
        String eventId = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(TOPIC, eventId, "io.salespipeline." + atStage.toLowerCase() + ".DealAccessChanged.v1", dealId,
                    change(dealId, atStage, owner, changedAt, sharedWith));
        }
        return eventId;
    }

    /**
     * Another stage's changes reach the record: re-owned and shared, then un-shared (the removed
     * seller gets 404, like for a missing record). Its own stage's change and an older change are
     * ignored: neither leaves a trace in the record's audit trail, though later changes of the same
     * deal (same partition, so processed after them) do.
     */
    public void followsOtherStages(String id, UUID dealId, String otherStage) {
        Instant base = Instant.now();
        send(dealId, otherStage, "olga.seller", base.plusSeconds(2), "sue.seller", "sid.seller");
        awaitAccess(id, "olga.seller", "sid.seller", "sue.seller");
        given().header(Tokens.as("sue.seller", "seller")).get(path, id).then().statusCode(200);

        send(dealId, otherStage, "olga.seller", base.plusSeconds(4), "sid.seller");
        awaitAccess(id, "olga.seller", "sid.seller");
        given().header(Tokens.as("sue.seller", "seller")).get(path, id).then().statusCode(404);
        given().header(Tokens.as("sid.seller", "seller")).get(path, id).then().statusCode(200);

        String older = send(dealId, otherStage, "old.seller", base.plusSeconds(3), "sue.seller");
        String own = send(dealId, stage, "own.seller", base.plusSeconds(5), "sue.seller");
        String newer = send(dealId, otherStage, "olga.seller", base.plusSeconds(6), "sid.seller", "zoe.seller");
        awaitAccess(id, "olga.seller", "sid.seller", "zoe.seller");
        List<String> causes = given().header(MANAGER).queryParam("recordId", id).get("/api/audit").then()
                .statusCode(200).extract().jsonPath().getList("items.cause", String.class);
        assertTrue(causes.stream().anyMatch(cause -> cause != null && cause.contains(newer)), causes.toString());
        assertFalse(causes.stream().anyMatch(cause -> cause != null && cause.contains(older)),
                "an older change was applied: " + causes);
        assertFalse(causes.stream().anyMatch(cause -> cause != null && cause.contains(own)),
                "this stage's own change came back and was applied: " + causes);
        given().header(Tokens.as("sue.seller", "seller")).get(path, id).then().statusCode(404);
    }

    /** {@code PUT …/sharing} and {@code PUT …/owner} (as a sales manager) publish the deal's whole access. */
    public void publishesItsOwnChanges(String id, UUID dealId) {
        try (EventTap tap = new EventTap(kafka, TOPIC)) {
            Instant before = Instant.now();
            given().header(MANAGER).contentType(ContentType.JSON).body("{\"owner\": \"pia.seller\"}")
                    .put(path + "/owner", id).then().statusCode(200);
            given().header(MANAGER).contentType(ContentType.JSON).body("{\"sharedWith\": [\"tom.seller\"]}")
                    .put(path + "/sharing", id).then().statusCode(200);
            JsonPath shared = JsonPath.from(tap.await(event -> dealId.toString().equals(event.key())
                    && event.value().contains("tom.seller"), WAIT).value());
            assertEquals(dealId.toString(), shared.getString("dealId"));
            assertEquals(stage, shared.getString("stage"));
            assertEquals("pia.seller", shared.getString("owner"));
            assertEquals(List.of("tom.seller"), shared.getList("sharedWith"));
            assertNotNull(shared.getString("changedAt"));
            assertFalse(Instant.parse(shared.getString("changedAt")).isBefore(before.minusSeconds(1)));
            EventTap.Event owned = tap.await(event -> dealId.toString().equals(event.key())
                    && event.value().contains("pia.seller") && !event.value().contains("tom.seller"), WAIT);
            assertEquals("io.salespipeline." + stage.toLowerCase() + ".DealAccessChanged.v1", owned.header("ce_type"));
            assertEquals(dealId.toString(), owned.header("ce_subject"));
        }
    }

    /**
     * {@code PUT …/owner} and {@code PUT …/sharing} check their bodies (wherever the operations are
     * declared): no body, a blank owner, a missing, blank or too long sharing list answer 400
     * problem+json, and the record keeps who works it.
     */
    public void refusesBadOwnershipBodies(String id) {
        JsonPath before = given().header(MANAGER).get(path, id).then().statusCode(200).extract().jsonPath();
        String tooMany = java.util.stream.IntStream.range(0, 51).mapToObj(i -> "\"s" + i + ".seller\"")
                .collect(Collectors.joining(", ", "{\"sharedWith\": [", "]}"));
        for (String body : List.of("", "{}", "{\"owner\": \" \"}", "{\"owner\": null}")) {
            given().header(MANAGER).contentType(ContentType.JSON).body(body).put(path + "/owner", id).then()
                    .statusCode(400).contentType("application/problem+json");
        }
        for (String body : List.of("", "{}", "{\"sharedWith\": null}", "{\"sharedWith\": [\" \"]}", tooMany)) {
            given().header(MANAGER).contentType(ContentType.JSON).body(body).put(path + "/sharing", id).then()
                    .statusCode(400).contentType("application/problem+json");
        }
        given().header(MANAGER).get(path, id).then().statusCode(200)
                .body("owner", equalTo(before.getString("owner")))
                .body("sharedWith", equalTo(before.getList("sharedWith")));
    }

    private void awaitAccess(String id, String owner, String... sharedWith) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given().header(MANAGER)
                .get(path, id).then().statusCode(200).body("owner", equalTo(owner))
                .body("sharedWith", equalTo(List.of(sharedWith))));
    }
}
