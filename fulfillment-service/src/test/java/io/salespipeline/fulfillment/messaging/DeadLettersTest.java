package io.salespipeline.fulfillment.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salespipeline.fulfillment.api.DealClosedEvents;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dead letters an operator can work with: a parked DealClosed says why and how long it failed,
 * and once the cause is fixed an admin re-drives it: the order is taken in exactly once, and a
 * second re-drive publishes nothing.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class DeadLettersTest {

    private static final String TOPIC = "sales.deal.closed";
    private static final String TYPE = "io.salespipeline.contract.DealClosed.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void signInAndHoldDeals() throws SQLException {
        Tokens.signIn("ada.admin", Roles.ADMIN);
        // A condition the test controls: the database refuses a customer of a held deal the way a
        // busy database does (a serialization failure), until the deal is released.
        sql("create table if not exists held_deal (deal_id uuid primary key)",
                """
                create or replace function refuse_held_deal() returns trigger language plpgsql as $$
                begin
                  if exists (select 1 from held_deal where deal_id = new.deal_id) then
                    raise exception 'deal % is held', new.deal_id using errcode = '40001';
                  end if;
                  return new;
                end $$""",
                "drop trigger if exists refuse_held_deal on customer",
                "create trigger refuse_held_deal before insert on customer for each row execute function refuse_held_deal()");
    }

    @AfterEach
    void releaseEveryDeal() throws SQLException {
        sql("drop trigger if exists refuse_held_deal on customer", "drop function if exists refuse_held_deal()",
                "drop table if exists held_deal");
    }

    @Test
    void aPoisonEventIsListedWithWhyItFailed() {
        UUID dealId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Instant sent = Instant.now();
        send(eventId, dealId, DealClosedEvents.dealClosed(dealId, "Poison Ltd")
                .replace("\"net\": {\"amount\": \"539.97\"", "\"net\": {\"amount\": \"0.01\""));

        JsonPath deadLetter = awaitDeadLetter(eventId);
        assertEquals(TOPIC, deadLetter.getString("originalTopic"));
        assertNotNull(deadLetter.get("originalPartition"));
        assertNotNull(deadLetter.get("originalOffset"));
        assertEquals("dead-letter-topic-deal-closed", deadLetter.getString("deadLetterTopic"));
        assertEquals(deadLetter.getString("deadLetterTopic") + ":" + deadLetter.getInt("deadLetterPartition") + ":"
                + deadLetter.getLong("deadLetterOffset"), deadLetter.getString("id"));
        assertEquals(dealId.toString(), deadLetter.getString("key"));
        assertEquals(TYPE, deadLetter.getString("eventType"));
        assertEquals("io.salespipeline.platform.inbox.InconsistentEventException", deadLetter.getString("exceptionClass"));
        assertTrue(deadLetter.getString("reason").contains("firstOrder.lines[0].net is 0.01 EUR but the line's price gives 539.97 EUR"),
                deadLetter.getString("reason"));
        assertEquals(1, deadLetter.getInt("attempts"), "an inconsistent event is never retried");
        assertEquals("fulfillment-service", deadLetter.getString("consumerGroup"));
        Instant firstFailure = Instant.parse(deadLetter.getString("firstFailureAt"));
        Instant parked = Instant.parse(deadLetter.getString("deadLetteredAt"));
        assertFalse(firstFailure.isBefore(sent.minusSeconds(5)) || firstFailure.isAfter(parked.plusSeconds(1)),
                "first failure " + firstFailure + ", sent " + sent + ", parked " + parked);
        assertFalse(deadLetter.getBoolean("redriven"));
    }

    @Test
    void aDeadLetterReDrivenAfterTheFixIsTakenInOnceAndASecondReDriveChangesNothing() throws SQLException {
        UUID dealId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String json = DealClosedEvents.dealClosed(dealId, "Held Trading Ltd");
        hold(dealId);
        send(eventId, dealId, json);

        JsonPath deadLetter = awaitDeadLetter(eventId);
        assertTrue(deadLetter.getInt("attempts") > 1, "a failure that may pass is retried: " + deadLetter.prettify());
        assertFalse(Instant.parse(deadLetter.getString("firstFailureAt")).isAfter(
                Instant.parse(deadLetter.getString("deadLetteredAt"))), deadLetter.prettify());
        assertTrue(deadLetter.getString("reason").contains("is held"), deadLetter.getString("reason"));
        noneOf("/api/orders", dealId);

        release(dealId);
        String id = deadLetter.getString("id");
        try (EventTap republished = new EventTap(kafka, TOPIC)) {
            String redrivenAt = given().post("/api/dead-letters/{id}/redrive", id).then().statusCode(200)
                    .body("id", equalTo(id)).body("redriven", equalTo(true)).body("redrivenBy", equalTo("ada.admin (admin)"))
                    .body("eventId", equalTo(eventId)).extract().path("redrivenAt");
            assertEquals("2130.06", DealClosedEvents.awaitOne("/api/orders", dealId).getString("totals.total.amount"));
            DealClosedEvents.awaitOne("/api/customers", dealId);

            given().post("/api/dead-letters/{id}/redrive", id).then().statusCode(200)
                    .body("redriven", equalTo(true)).body("redrivenAt", equalTo(redrivenAt));
            List<EventTap.Event> events = republished.collect(Duration.ofSeconds(3));
            List<EventTap.Event> ours = events.stream().filter(e -> eventId.equals(e.header("ce_id"))).toList();
            assertEquals(1, ours.size(), "published once: " + events);
            EventTap.Event again = ours.get(0);
            assertEquals(dealId.toString(), again.key());
            assertEquals(TYPE, again.header("ce_type"));
            assertEquals(json, again.value());
            assertTrue(again.headers().keySet().stream().noneMatch(name -> name.startsWith("dead-letter-")), again.headers().toString());
        }
        DealClosedEvents.awaitAllConsumed(kafka);
        given().header(DealClosedEvents.MANAGER).queryParam("dealId", dealId.toString()).get("/api/orders").then()
                .statusCode(200).body("items", hasSize(1));
        assertTrue(awaitDeadLetter(eventId).getBoolean("redriven"));
    }

    @Test
    void reDrivingAllPutsBackWhatWasNotReDrivenYetOnce() throws SQLException {
        UUID dealId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        hold(dealId);
        send(eventId, dealId, DealClosedEvents.dealClosed(dealId, "Held Again Ltd"));
        String id = awaitDeadLetter(eventId).getString("id");
        release(dealId);

        List<String> first = given().post("/api/dead-letters/redrive").then().statusCode(200).extract().path("redriven");
        assertTrue(first.contains(id), first.toString());
        DealClosedEvents.awaitOne("/api/orders", dealId);

        List<String> second = given().post("/api/dead-letters/redrive").then().statusCode(200).extract().path("redriven");
        assertFalse(second.contains(id), second.toString());
        DealClosedEvents.awaitAllConsumed(kafka);
        given().header(DealClosedEvents.MANAGER).queryParam("dealId", dealId.toString()).get("/api/orders").then()
                .statusCode(200).body("items", hasSize(1));
    }

    @Test
    void badIdsAndCursorsAreRefusedAndUnknownDeadLettersAreNotFound() {
        given().post("/api/dead-letters/{id}/redrive", "not-an-id").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("id"));
        given().post("/api/dead-letters/{id}/redrive", "sales.deal.closed:0:0").then().statusCode(404)
                .contentType("application/problem+json");
        given().post("/api/dead-letters/{id}/redrive", "dead-letter-topic-deal-closed:0:999999999").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("cursor", "bm90IG91cnM").get("/api/dead-letters").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", "0").get("/api/dead-letters").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    /** Pages through the list (two at a time, so paging is exercised) until the event's dead letter is there. */
    private static JsonPath awaitDeadLetter(String eventId) {
        JsonPath[] found = new JsonPath[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            String cursor = null;
            do {
                var request = given().queryParam("limit", 2);
                if (cursor != null) {
                    request = request.queryParam("cursor", cursor);
                }
                JsonPath page = request.get("/api/dead-letters").then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = page.getList("items");
                for (int i = 0; i < items.size(); i++) {
                    if (eventId.equals(items.get(i).get("eventId"))) {
                        found[0] = page.setRootPath("items[" + i + "]");
                    }
                }
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            return found[0] != null;
        });
        return found[0];
    }

    private void send(String eventId, UUID dealId, String json) {
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(TOPIC, eventId, TYPE, dealId, json);
        }
    }

    private static void noneOf(String path, UUID dealId) {
        given().header(DealClosedEvents.MANAGER).queryParam("dealId", dealId.toString()).get(path).then().statusCode(200)
                .body("items", hasSize(0));
    }

    private void hold(UUID dealId) throws SQLException {
        sql("insert into held_deal (deal_id) values ('" + dealId + "')");
    }

    private void release(UUID dealId) throws SQLException {
        sql("delete from held_deal where deal_id = '" + dealId + "'");
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
