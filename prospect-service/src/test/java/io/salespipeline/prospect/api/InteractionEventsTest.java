package io.salespipeline.prospect.api;

import static io.restassured.RestAssured.given;
import static io.salespipeline.prospect.LeadQualifiedFixture.openProspect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every interaction logged is published once on sales.prospect.interaction-logged, keyed by the
 * deal, without the seller's free-text notes; a refused one publishes nothing.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class InteractionEventsTest {

    private static final String TOPIC = "sales.prospect.interaction-logged";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    EventSender sender;

    @BeforeEach
    void openSender() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        sender = new EventSender(kafka);
    }

    @AfterEach
    void closeSender() {
        sender.close();
    }

    @Test
    void eachLoggedInteractionIsPublishedOnceAndARefusedOneNotAtAll() {
        UUID dealId = UUID.randomUUID();
        String id = openProspect(sender, dealId);
        try (EventTap tap = new EventTap(kafka, TOPIC)) {
            log(id, """
                    {"type": "CALL", "occurredAt": "2999-01-10T09:00:00Z", "outcome": "x"}""").statusCode(400);
            String interactionId = log(id, """
                    {"type": "MEETING", "occurredAt": "2026-01-10T09:00:00Z", "outcome": "Talked budget with Jane",
                     "nextStep": "Send the figures", "followUpOn": "2026-01-17", "interestLevel": "HIGH"}""")
                    .statusCode(201).extract().path("id");

            List<EventTap.Event> events = tap.awaitAll(e -> dealId.toString().equals(e.key()),
                    Duration.ofSeconds(30), Duration.ofSeconds(2));
            assertEquals(1, events.size(), "one event, none for the refused interaction: " + events);
            EventTap.Event event = events.get(0);
            assertEquals("io.salespipeline.prospect.ProspectInteractionLogged.v1", event.header("ce_type"));
            assertEquals(dealId.toString(), event.header("ce_subject"));
            JsonPath data = JsonPath.from(event.value());
            assertEquals(interactionId, data.getString("interactionId"));
            assertEquals(id, data.getString("prospectId"));
            assertEquals(dealId.toString(), data.getString("dealId"));
            assertEquals("MEETING", data.getString("type"));
            assertEquals("2026-01-10T09:00:00Z", data.getString("occurredAt"));
            assertEquals("HIGH", data.getString("interestLevel"));
            assertEquals("2026-01-17", data.getString("followUpOn"));
            assertEquals("max.manager (sales-manager)", data.getString("recordedBy"));
            assertFalse(event.value().contains("Jane") || event.value().contains("figures"),
                    "the free-text outcome and next step stay here: " + event.value());

            given().contentType(ContentType.JSON).body("{\"reason\": \"No budget\"}")
                    .post("/api/prospects/{id}/loss", id).then().statusCode(200);
            log(id, """
                    {"type": "EMAIL", "occurredAt": "2026-01-11T09:00:00Z", "outcome": "x"}""").statusCode(409);
            assertEquals(1, tap.collect(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(2)).size());
            assertNull(data.get("outcome"));
        }
    }

    private static io.restassured.response.ValidatableResponse log(String id, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/prospects/{id}/interactions", id).then();
    }
}
