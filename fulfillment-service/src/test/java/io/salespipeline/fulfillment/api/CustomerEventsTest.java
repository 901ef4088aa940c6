package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer's hand-off to support, every reassignment and every survey answer are published
 * once each, keyed by the deal, with ids and business facts only; a refused change publishes nothing.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class CustomerEventsTest {

    private static final String ASSIGNED = "fulfillment.customer.support-owner-assigned";
    private static final String ANSWERED = "fulfillment.survey.answered";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signOut() {
        Tokens.signOut();
    }

    @Test
    void theHandOffAndEachReassignmentArePublishedOnce() {
        UUID dealId = UUID.randomUUID();
        try (EventTap tap = new EventTap(kafka, ASSIGNED)) {
            JsonPath customer = DealClosedEvents.closeDeal(kafka, dealId, "Handed Over Ltd");
            String id = customer.getString("id");
            String from = customer.getString("supportOwner");
            List<EventTap.Event> handOff = tap.awaitAll(e -> dealId.toString().equals(e.key()), TIMEOUT, SETTLE);
            assertEquals(1, handOff.size(), "one hand-off event: " + handOff);
            EventTap.Event event = handOff.get(0);
            assertEquals("io.salespipeline.fulfillment.SupportOwnerAssigned.v1", event.header("ce_type"));
            assertEquals(dealId.toString(), event.header("ce_subject"));
            JsonPath data = JsonPath.from(event.value());
            assertEquals(id, data.getString("customerId"));
            assertEquals(dealId.toString(), data.getString("dealId"));
            assertNull(data.get("from"));
            assertEquals(from, data.getString("to"));
            assertEquals("FEWEST_CUSTOMERS", data.getString("rule"));
            assertFalse(event.value().contains("Handed Over Ltd"), "no company or contact: " + event.value());

            String to = from.equals("ben.support") ? "chen.support" : "ben.support";
            Header owner = Tokens.as(from, Roles.SUPPORT);
            given().header(owner).contentType(ContentType.JSON)
                    .body("{\"supportOwner\": \"nobody.support\", \"reason\": \"x\"}")
                    .post("/api/customers/{id}/support-owner", id).then().statusCode(400);
            given().header(owner).contentType(ContentType.JSON)
                    .body("{\"supportOwner\": \"" + to + "\", \"reason\": \"Speaks German\"}")
                    .post("/api/customers/{id}/support-owner", id).then().statusCode(200);
            List<EventTap.Event> all = tap.awaitAll(e -> dealId.toString().equals(e.key())
                    && JsonPath.from(e.value()).get("from") != null, TIMEOUT, SETTLE);
            assertEquals(1, all.size(), "one reassignment event, none for the refused one: " + all);
            JsonPath reassigned = JsonPath.from(all.get(0).value());
            assertEquals(from, reassigned.getString("from"));
            assertEquals(to, reassigned.getString("to"));
            assertNull(reassigned.get("rule"));
            assertEquals(from + " (support)", reassigned.getString("assignedBy"));
            assertFalse(all.get(0).value().contains("Speaks German"), "the reason stays here");
            assertEquals(2, tap.collect(e -> dealId.toString().equals(e.key()), Duration.ZERO).size());
        }
    }

    @Test
    void aSurveyAnswerIsPublishedOnceAndARefusedOneNotAtAll() {
        UUID dealId = UUID.randomUUID();
        JsonPath customer = DealClosedEvents.closeDeal(kafka, dealId, "Surveyed Events Ltd");
        String customerId = customer.getString("id");
        String owner = customer.getString("supportOwner");
        Header ownerToken = Tokens.as(owner, Roles.SUPPORT);
        String orderId = given().header(DealClosedEvents.MANAGER).queryParam("customerId", customerId)
                .get("/api/orders").then().extract().path("items[0].id");
        for (String status : new String[] {"IN_PROGRESS", "SHIPPED", "DELIVERED"}) {
            given().header(ownerToken).contentType(ContentType.JSON).body("{\"status\": \"" + status + "\"}")
                    .post("/api/orders/{id}/status", orderId).then().statusCode(200);
        }
        String page = SurveyMail.pageOf(orderId); // sent to the contact when the order was delivered

        try (EventTap tap = new EventTap(kafka, ANSWERED)) {
            SurveyMail.answerAt(page, "11", null).then().statusCode(400);
            SurveyMail.answerAt("/customer/survey/" + "x".repeat(43), "9", null).then().statusCode(404);
            assertEquals(List.of(), tap.collect(e -> dealId.toString().equals(e.key()), SETTLE));

            SurveyMail.answerAt(page, "9", "Smooth onboarding").then().statusCode(200);
            SurveyMail.answerAt(page, "3", null).then().statusCode(410);
            List<EventTap.Event> events = tap.awaitAll(e -> dealId.toString().equals(e.key()), TIMEOUT, SETTLE);
            assertEquals(1, events.size(), "one answer, the repeat refused: " + events);
            EventTap.Event event = events.get(0);
            assertEquals("io.salespipeline.fulfillment.SurveyAnswered.v1", event.header("ce_type"));
            JsonPath data = JsonPath.from(event.value());
            assertEquals(customerId, data.getString("customerId"));
            assertEquals(dealId.toString(), data.getString("dealId"));
            assertEquals(orderId, data.getString("orderId"));
            assertEquals(9, data.getInt("score"));
            assertEquals(owner, data.getString("supportOwner"));
            assertFalse(event.value().contains("Smooth onboarding"), "the comment stays here: " + event.value());
        }
    }
}
