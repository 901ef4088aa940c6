package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Company accounts: people of one company share one account, found by VAT id, domain or name and country. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class CompanyAccountTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    static String create(String name, String email, String company, String country, String vatId) {
        return given().contentType(ContentType.JSON).body("""
                {"name": "%s", "email": "%s", "company": "%s", "country": "%s", "attributes": %s,
                 "source": {"kind": "CONFERENCE", "detail": "TechConf 2026"}}""".formatted(name, email, company, country,
                        vatId == null ? "{}" : "{\"vatId\": \"" + vatId + "\"}"))
                .post("/api/leads").then().statusCode(201).body("accountId", nullValue()).extract().path("id");
    }

    static JsonPath qualify(String id) {
        given().contentType(ContentType.JSON).body("{\"viable\": true, \"reasons\": \"Budget approved\"}")
                .post("/api/leads/{id}/assessment", id).then().statusCode(200);
        return given().contentType(ContentType.JSON)
                .body("{\"channel\": \"PHONE\", \"expressedAt\": \"2026-11-20T09:30:00Z\", \"topics\": \"pricing\"}")
                .post("/api/leads/{id}/interest", id).then().statusCode(200)
                .body("status", equalTo("QUALIFIED")).body("accountId", notNullValue()).extract().jsonPath();
    }

    @Test
    void twoPeopleOfOneCompanyShareItsAccountAndTheirDealsSayIt() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String domain = "engines-" + tag + ".example";
        // A company of this test's own: the same person at the same company elsewhere in the suite is one lead.
        String ada = create("Ada Lovelace", "ada@" + domain, "Analytical Engines " + tag + " Ltd", "GB", null);
        String charles = create("Charles Babbage", "CHARLES@" + domain.toUpperCase(), "Analytical Engines " + tag, "GB", null);
        try (EventTap tap = new EventTap(kafka, "sales.lead.qualified")) {
            JsonPath first = qualify(ada);
            JsonPath second = qualify(charles);
            String accountId = first.getString("accountId");
            assertEquals(accountId, second.getString("accountId"));
            assertNotEquals(first.getString("dealId"), second.getString("dealId"));
            // Each deal's hand-off names the account, for the later stages to carry on to the order.
            for (JsonPath lead : new JsonPath[] {first, second}) {
                String dealId = lead.getString("dealId");
                EventTap.Event event = tap.await(e -> dealId.equals(e.key()), Duration.ofSeconds(30));
                assertEquals(accountId, JsonPath.from(event.value()).getString("accountId"));
            }
            given().get("/api/accounts/{id}", accountId).then().statusCode(200)
                    .body("name", equalTo("Analytical Engines " + tag + " Ltd")).body("country", equalTo("GB"))
                    .body("domain", equalTo(domain)).body("vatId", nullValue()).body("createdBy", startsWith("sam.seller"))
                    .body("people", hasSize(2)).body("people[0].leadId", equalTo(ada))
                    .body("people[1].leadId", equalTo(charles)).body("people[1].dealId", equalTo(second.getString("dealId")));
            given().queryParam("domain", domain).get("/api/accounts").then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].id", equalTo(accountId)).body("items[0].people", nullValue());
            // Another seller sees the account, but not Sam's people.
            Tokens.signIn("sue.seller", Roles.SELLER);
            given().get("/api/accounts/{id}", accountId).then().statusCode(200).body("people", hasSize(0));
        }
    }

    @Test
    void theVatIdOrTheNameInTheCountryFindTheAccountWhenTheAddressesDiffer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String vat = "DE 12-345." + Math.abs(suffix.hashCode() % 100000);
        String first = qualify(create("Hedy Lamarr", "hedy@" + suffix + "-a.example", "Frequency " + suffix + " GmbH",
                "DE", vat)).getString("accountId");
        // Same VAT id, another domain and name: the same company.
        assertEquals(first, qualify(create("George Antheil", "george@" + suffix + "-b.example", "FH " + suffix, "DE",
                vat.replace(" ", "").replace("-", "").replace(".", ""))).getString("accountId"));
        // A public mail provider says nothing about the company: its name in its country does.
        assertEquals(first, qualify(create("Nikola Tesla", "nikola." + suffix + "@gmail.com", "Frequency " + suffix + " AG",
                "DE", null)).getString("accountId"));
        // The same name in another country is another company.
        String abroad = qualify(create("Tom Edison", "tom." + suffix + "@gmail.com", "Frequency " + suffix, "US", null))
                .getString("accountId");
        assertNotEquals(first, abroad);
        given().get("/api/accounts/{id}", first).then().statusCode(200).body("vatId", equalTo(vat.replaceAll("[ .-]", "")))
                .body("domain", equalTo(suffix + "-a.example"));
        given().get("/api/accounts/{id}", abroad).then().body("domain", nullValue()).body("country", equalTo("US"));
    }

    @Test
    void aLeadWithoutACompanyOrAddressOfItsOwnHasNoAccountAndAnUnknownAccountIsNotFound() {
        String id = given().contentType(ContentType.JSON).body("""
                {"name": "Solo Trader", "email": "solo.%s@gmail.com", "source": {"kind": "MANUAL"}}"""
                .formatted(UUID.randomUUID())).post("/api/leads").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"viable\": true, \"reasons\": \"Budget approved\"}")
                .post("/api/leads/{id}/assessment", id).then().statusCode(200);
        JsonPath lead = given().contentType(ContentType.JSON)
                .body("{\"channel\": \"PHONE\", \"expressedAt\": \"2026-11-20T09:30:00Z\", \"topics\": \"pricing\"}")
                .post("/api/leads/{id}/interest", id).then().statusCode(200).body("status", equalTo("QUALIFIED"))
                .extract().jsonPath();
        assertNull(lead.getString("accountId"));
        given().get("/api/accounts/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
