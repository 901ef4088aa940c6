package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.junit.jupiter.api.BeforeEach;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.platform.privacy.PersonalFields;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class LeadResourceTest {

    // A seller takes in and qualifies leads.
    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    PersonalFields personalFields;

    @Inject
    ObjectMapper json;

    /** A different person per e-mail (name + company also identify a person). */
    static String newLead(String email) {
        return """
                {"name": "Grace %s", "email": "%s", "company": "Navy Labs", "country": "US",
                 "source": {"kind": "CONFERENCE", "detail": "TechConf 2026"}}""".formatted(email.split("@")[0], email);
    }

    static String createLead(String email) {
        return given().contentType(ContentType.JSON).body(newLead(email))
                .when().post("/api/leads")
                .then().statusCode(201).header("Location", containsString("/api/leads/"))
                .body("status", equalTo("NEW")).body("dealId", nullValue())
                .extract().path("id");
    }

    @Test
    void qualifyingALeadStartsADealAndPublishesLeadQualified() {
        String id = createLead("grace@example.com");
        given().contentType(ContentType.JSON).body("{\"sharedWith\": [\"sue.seller\"]}")
                .put("/api/leads/{id}/sharing", id).then().statusCode(200);
        try (EventTap tap = new EventTap(kafka, "sales.lead.qualified")) {
            given().contentType(ContentType.JSON).body("{\"viable\": true, \"reasons\": \"Budget approved\"}")
                    .post("/api/leads/{id}/assessment", id)
                    .then().statusCode(200).body("status", equalTo("NEW"))
                    .body("assessment.viable", equalTo(true));
            String dealId = given().contentType(ContentType.JSON)
                    .body("{\"channel\": \"PHONE\", \"expressedAt\": \"2026-11-20T09:30:00Z\", \"topics\": \"pricing\"}")
                    .post("/api/leads/{id}/interest", id)
                    .then().statusCode(200).body("status", equalTo("QUALIFIED"))
                    .body("dealId", notNullValue())
                    .extract().path("dealId");

            EventTap.Event event = tap.await(e -> dealId.equals(e.key()), Duration.ofSeconds(30));
            assertEquals("1.0", event.header("ce_specversion"));
            assertEquals("io.salespipeline.lead.LeadQualified.v1", event.header("ce_type"));
            assertEquals("/lead-service", event.header("ce_source"));
            assertEquals(dealId, event.header("ce_subject"));
            JsonPath data = JsonPath.from(event.value());
            assertEquals(id, data.getString("leadId"));
            // The person's data travels encrypted with their key; a consumer's inbox opens it.
            assertTrue(data.getString("contact.email").startsWith("pii:v1:"), data.getString("contact.email"));
            assertEquals("grace@example.com", QuarkusTransaction.requiringNew().call(() -> personalFields
                    .open(json.readTree(event.value()), event.header("ce_id"))).at("/contact/email").asText());
            assertEquals("CONFERENCE", data.getString("source.kind"));
            assertNull(data.getString("source.campaign"), "a lead met at a conference has no campaign");
            assertEquals("pricing", data.getString("interest.topics"));
            // Who works the deal travels with it: the next stage copies owner and sharing.
            assertEquals("sam.seller", data.getString("owner"));
            assertEquals(java.util.List.of("sue.seller"), data.getList("sharedWith"));

            given().queryParam("dealId", dealId).get("/api/leads")
                    .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id));
        }
    }

    @Test
    void aQualifiedLeadRefusesDisqualificationWith409NamingItsState() {
        String id = createLead("refuse@example.com");
        given().contentType(ContentType.JSON).body("{\"viable\": true, \"reasons\": \"fits\"}")
                .post("/api/leads/{id}/assessment", id).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"channel\": \"EMAIL\", \"expressedAt\": \"2026-11-20T09:30:00Z\", \"topics\": \"demo\"}")
                .post("/api/leads/{id}/interest", id).then().statusCode(200);

        given().contentType(ContentType.JSON).body("{\"reason\": \"changed my mind\"}")
                .post("/api/leads/{id}/disqualification", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("QUALIFIED")).body("status", equalTo(409));
    }

    @Test
    void badInputAnswers400ProblemAndStoresNothing() {
        int before = given().queryParam("limit", "500").get("/api/leads").then().extract().path("items.size()");
        given().contentType(ContentType.JSON).body("{\"name\": \"No Contact\", \"source\": {\"kind\": \"MANUAL\"}}")
                .post("/api/leads")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
        given().contentType(ContentType.JSON).body("{\"name\": \"X\", \"email\": \"x@example.com\", "
                + "\"source\": {\"kind\": \"CARRIER_PIGEON\"}}")
                .post("/api/leads")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/leads")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"email\": \"x@example.com\"}")
                .post("/api/leads")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("name", "source"));
        given().queryParam("limit", "0").get("/api/leads")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("status", "SHIPPED").get("/api/leads")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        int after = given().queryParam("limit", "500").get("/api/leads").then().extract().path("items.size()");
        assertEquals(before, after);
    }

    @Test
    void unknownLeadIs404Problem() {
        given().get("/api/leads/{id}", "0190a7f5-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsArePagedWithAnOpaqueCursor() {
        for (int i = 0; i < 3; i++) {
            createLead("page" + i + "@example.com");
        }
        JsonPath first = given().queryParam("limit", "2").get("/api/leads").then().statusCode(200)
                .body("items", hasSize(2)).extract().jsonPath();
        String cursor = first.getString("nextCursor");
        given().queryParam("limit", "2").queryParam("cursor", cursor).get("/api/leads")
                .then().statusCode(200).body("items[0].id", org.hamcrest.Matchers.not(first.getString("items[1].id")));
        given().queryParam("cursor", "garbage").get("/api/leads")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
