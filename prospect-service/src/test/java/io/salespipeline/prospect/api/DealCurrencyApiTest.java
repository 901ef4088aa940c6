package io.salespipeline.prospect.api;

import static io.restassured.RestAssured.given;
import static io.salespipeline.prospect.LeadQualifiedFixture.openProspect;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deal's currency is chosen at the prospect stage and handed on with ProspectReadyForProposal. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
public class DealCurrencyApiTest {

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

    private static void choose(String id, String currency, int status) {
        given().contentType(ContentType.JSON).body("{\"currency\": \"" + currency + "\"}")
                .put("/api/prospects/{id}/currency", id).then().statusCode(status);
    }

    private static void addSaving(String id, String currency, int status) {
        given().contentType(ContentType.JSON).body("""
                {"product": "Pipeline CRM", "problem": "Deals tracked in spreadsheets",
                 "costSaving": {"amount": "24000.00", "currency": "%s"}, "period": "YEAR",
                 "reasoning": "Two fewer admin days a month"}""".formatted(currency))
                .post("/api/prospects/{id}/applications", id).then().statusCode(status);
    }

    private JsonPath readyEvent(String id, UUID dealId) {
        try (EventTap tap = new EventTap(kafka, "sales.prospect.ready-for-proposal")) {
            given().post("/api/prospects/{id}/readiness", id).then().statusCode(200);
            return JsonPath.from(tap.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(30)).value());
        }
    }

    @Test
    void theChosenCurrencyIsShownAndHandedOnAndCannotChangeAfterTheHandOver() {
        UUID dealId = UUID.randomUUID();
        String id = openProspect(sender, dealId);
        given().get("/api/prospects/{id}", id).then().body("currency", nullValue());
        choose(id, "usd", 200);
        given().get("/api/prospects/{id}", id).then().body("currency", equalTo("USD"));
        addSaving(id, "EUR", 400);
        addSaving(id, "USD", 201);
        ProspectResourceTest.putProfile(id);
        assertEquals("USD", readyEvent(id, dealId).getString("currency"));
        given().contentType(ContentType.JSON).body("{\"currency\": \"EUR\"}")
                .put("/api/prospects/{id}/currency", id).then().statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/prospects/{id}", id).then().body("currency", equalTo("USD"));
    }

    @Test
    void anUnknownCurrencyOrOneTheSavingsAreNotInIsRefusedAndChangesNothing() {
        String id = openProspect(sender, UUID.randomUUID());
        given().contentType(ContentType.JSON).body("{\"currency\": \"DOLLARS\"}")
                .put("/api/prospects/{id}/currency", id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("currency"))
                .body("errors.message", hasItem(containsString("ISO 4217")));
        addSaving(id, "EUR", 201);
        given().contentType(ContentType.JSON).body("{\"currency\": \"USD\"}")
                .put("/api/prospects/{id}/currency", id).then().statusCode(400)
                .body("errors.message", hasItem(containsString("never converted")));
        given().get("/api/prospects/{id}", id).then().body("currency", nullValue());
    }

    @Test
    void aDealWithoutAChosenCurrencyIsHandedOnWithNone() {
        UUID dealId = UUID.randomUUID();
        String id = openProspect(sender, dealId);
        addSaving(id, "EUR", 201);
        ProspectResourceTest.putProfile(id);
        JsonPath data = readyEvent(id, dealId);
        assertNull(data.get("currency"));
    }
}
