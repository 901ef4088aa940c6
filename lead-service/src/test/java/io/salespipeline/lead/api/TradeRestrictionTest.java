package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
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

/** Restricted countries and denied parties block a qualification: 422 trade-restricted, nothing changes, managers see it. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class TradeRestrictionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signIn() {
        Tokens.signIn("ada.admin", Roles.ADMIN, Roles.SALES_MANAGER);
    }

    @AfterEach
    void liftTheRestrictions() {
        Tokens.signIn("ada.admin", Roles.ADMIN, Roles.SALES_MANAGER);
        restrict("{\"restrictedCountries\": [], \"deniedParties\": []}");
    }

    private static JsonPath restrict(String lists) {
        return given().contentType(ContentType.JSON).body(lists).put("/api/trade-restrictions")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String lead(String email, String company, String country) {
        return given().contentType(ContentType.JSON).body("""
                {"name": "Grace Hopper", "email": "%s", "company": "%s", "country": "%s",
                 "source": {"kind": "CONFERENCE", "detail": "TechConf 2026"}}""".formatted(email, company, country))
                .post("/api/leads").then().statusCode(201).extract().path("id");
    }

    private static void assess(String id) {
        given().contentType(ContentType.JSON).body("{\"viable\": true, \"reasons\": \"Budget approved\"}")
                .post("/api/leads/{id}/assessment", id).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse interest(String id) {
        return given().contentType(ContentType.JSON)
                .body("{\"channel\": \"PHONE\", \"expressedAt\": \"2026-11-20T09:30:00Z\", \"topics\": \"pricing\"}")
                .post("/api/leads/{id}/interest", id).then();
    }

    @Test
    void aLeadFromARestrictedCountryDoesNotQualifyAndManagersSeeWhy() {
        try (EventTap tap = new EventTap(kafka, "sales.trade-restrictions.changed")) {
            JsonPath lists = restrict("""
                    {"restrictedCountries": ["kp"], "deniedParties": [{"name": "Blocked Holdings %s"}]}""".formatted(run));
            assertEquals(List.of("KP"), lists.getList("restrictedCountries"));
            long revision = lists.getLong("revision");
            JsonPath event = JsonPath.from(tap.await(e -> "trade-restrictions".equals(e.key())
                    && JsonPath.from(e.value()).getLong("revision") == revision, Duration.ofSeconds(30)).value());
            assertEquals(List.of("KP"), event.getList("restrictedCountries"));
            assertEquals("Blocked Holdings " + run, event.getString("deniedParties[0].name"));
        }

        String id = lead("kim-" + run + "@example.com", "Pyongyang Tools " + run, "KP");
        assess(id);
        interest(id).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://salespipeline.io/problems/trade-restricted"))
                .body("reasons", hasItem(containsString("KP")));
        // Nothing changed: the interest was not recorded and no deal started.
        given().get("/api/leads/{id}", id).then().statusCode(200)
                .body("status", not(equalTo("QUALIFIED"))).body("dealId", nullValue());

        given().queryParam("limit", "200").get("/api/blocked-deals").then().statusCode(200)
                .body("items.findAll { it.recordId == '" + id + "' }.stage", equalTo(List.of("LEAD")))
                .body("items.find { it.recordId == '" + id + "' }.country", equalTo("KP"))
                .body("items.find { it.recordId == '" + id + "' }.reasons[0]", containsString("restricted-country"));

        restrict("{\"restrictedCountries\": [], \"deniedParties\": []}");
        interest(id).statusCode(200).body("status", equalTo("QUALIFIED"));
    }

    @Test
    void aDeniedPartyIsMatchedByCompanyNameOrByEmailDomain() {
        restrict("""
                {"restrictedCountries": [], "deniedParties": [{"name": "Blocked Holdings %s"},
                 {"domain": "denied-%s.example"}]}""".formatted(run, run));
        String byName = lead("a-" + run + "@example.com", "blocked holdings " + run, "US");
        assess(byName);
        interest(byName).statusCode(422).body("reasons", hasItem(containsString("denied-party")));

        String byDomain = lead("b-" + run + "@sales.denied-" + run + ".example", "Other Co " + run, "US");
        assess(byDomain);
        interest(byDomain).statusCode(422).body("reasons", hasItem(containsString("denied-" + run + ".example")));

        String clear = lead("c-" + run + "@example.com", "Fine Co " + run, "US");
        assess(clear);
        interest(clear).statusCode(200).body("status", equalTo("QUALIFIED"));
    }

    @Test
    void badListsAreRefusedAndChangeNothing() {
        long before = given().get("/api/trade-restrictions").then().statusCode(200).extract().jsonPath()
                .getLong("revision");
        given().contentType(ContentType.JSON).body("{\"restrictedCountries\": [\"Narnia\"], \"deniedParties\": []}")
                .put("/api/trade-restrictions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("restrictedCountries[0]"));
        given().contentType(ContentType.JSON).body("{\"restrictedCountries\": [], \"deniedParties\": [{}]}")
                .put("/api/trade-restrictions").then().statusCode(400)
                .body("errors.field", hasItem("deniedParties[0]"));
        given().get("/api/trade-restrictions").then().body("revision", equalTo((int) before));
    }
}
