package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.lead.security.ApiKeysFixture;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every new lead is published once on sales.lead.created, whichever way it came in (the REST
 * API by group commit or with an Idempotency-Key, an integration's API key, a web form, an
 * import), and a web-form arrival of a known person once on sales.lead.merged; keyed by the
 * leadId, with ids and business facts only. A refused intake publishes nothing.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class LeadIntakeEventsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Header SELLER = Tokens.as("sam.seller", Roles.SELLER);
    private static final Header ADMIN = Tokens.as("ada.admin", Roles.ADMIN, Roles.SALES_MANAGER);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signOut() {
        Tokens.signOut();
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@events.example";
    }

    /** A person of their own: name and company identify a person too, so the name follows the address. */
    private static String lead(String email) {
        return """
                {"name": "Eve %s", "email": "%s", "company": "Events Ltd", "country": "DE",
                 "source": {"kind": "CONFERENCE", "detail": "TechConf 2026"}}""".formatted(email.split("@")[0], email);
    }

    private static String leadId(String email) {
        return given().header(ADMIN).queryParam("q", email).get("/api/leads").then().statusCode(200)
                .extract().path("items[0].id");
    }

    /** The one event of this lead on the tap, after waiting for repeats; fails on none or more than one. */
    private static JsonPath onlyEventOf(EventTap tap, String leadId, String type) {
        List<EventTap.Event> events = tap.awaitAll(e -> leadId.equals(e.key()), TIMEOUT, SETTLE);
        assertEquals(1, events.size(), "one event of lead " + leadId + ": " + events);
        EventTap.Event event = events.get(0);
        assertEquals(type, event.header("ce_type"));
        assertEquals(leadId, event.header("ce_subject"));
        assertFalse(event.value().contains("@events.example") || event.value().contains("Eve")
                || event.value().contains("Events Ltd"), "nothing personal: " + event.value());
        JsonPath data = JsonPath.from(event.value());
        assertEquals(leadId, data.getString("leadId"));
        return data;
    }

    @Test
    void everyWayInPublishesLeadCreatedOnceAndARefusalNothing() throws Exception {
        String byApi = unique("api");
        String byKey = unique("idem");
        String byIntegration = unique("integration");
        String byImport = unique("import");
        String apiKey = ApiKeysFixture.issue("events-crm-" + UUID.randomUUID().toString().substring(0, 8));
        try (EventTap created = new EventTap(kafka, "sales.lead.created")) {
            String apiLead = given().header(SELLER).contentType(ContentType.JSON).body(lead(byApi))
                    .post("/api/leads").then().statusCode(201).extract().path("id");
            given().header(SELLER).contentType(ContentType.JSON).body(lead(byApi))
                    .post("/api/leads").then().statusCode(409); // the same person: refused
            String key = UUID.randomUUID().toString();
            String keyedLead = given().header(SELLER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(lead(byKey)).post("/api/leads").then().statusCode(201).extract().path("id");
            given().header(SELLER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(lead(byKey)).post("/api/leads").then().statusCode(201); // a replay: no new lead
            String integrationLead = given().header("X-Api-Key", apiKey).contentType(ContentType.JSON)
                    .body(lead(byIntegration)).post("/api/leads").then().statusCode(201).extract().path("id");
            String csv = "name,email,company\nIan " + byImport.split("@")[0] + "," + byImport
                    + ",Imports Ltd\nAgain Api," + byApi + ",X\n"; // the second row: a duplicate, not imported
            String importId = given().header(SELLER).contentType("text/csv").body(csv)
                    .queryParam("sourceKind", "EMAIL_LIST").queryParam("sourceDetail", "Events list")
                    .post("/api/lead-imports").then().statusCode(202).extract().path("id");
            await().atMost(TIMEOUT).until(() -> "COMPLETED".equals(given().header(SELLER)
                    .get("/api/lead-imports/{id}", importId).then().extract().path("state")));

            JsonPath api = onlyEventOf(created, apiLead, "io.salespipeline.lead.LeadCreated.v1");
            assertEquals("API", api.getString("intake"));
            assertEquals("CONFERENCE", api.getString("sourceKind"));
            assertEquals("sam.seller", api.getString("owner"));
            assertEquals("sam.seller (seller)", api.getString("createdBy"));
            assertEquals("API", onlyEventOf(created, keyedLead, "io.salespipeline.lead.LeadCreated.v1")
                    .getString("intake"));
            JsonPath integration = onlyEventOf(created, integrationLead, "io.salespipeline.lead.LeadCreated.v1");
            assertEquals("INTEGRATION", integration.getString("intake"));
            assertNull(integration.get("owner"));
            // Looked up once: a search per event seen would run into the per-user search limit (429).
            String importedLead = leadId(byImport);
            JsonPath imported = onlyEventOf(created, importedLead, "io.salespipeline.lead.LeadCreated.v1");
            assertEquals("IMPORT", imported.getString("intake"));
            assertEquals("EMAIL_LIST", imported.getString("sourceKind"));
            assertEquals(4, created.collect(e -> List.of(apiLead, keyedLead, integrationLead, importedLead)
                    .contains(e.key()), Duration.ZERO).size(), "the refused and replayed requests published nothing");
        }
    }

    @Test
    void aWebFormMakesALeadOnceAndAKnownPersonsArrivalIsPublishedAsMerged() throws Exception {
        String formId = "events-" + UUID.randomUUID().toString().substring(0, 8);
        given().header(ADMIN).contentType(ContentType.JSON).body(WebFormSubmissionTest.formConfig(formId, 1))
                .post("/api/web-forms").then().statusCode(201);
        String mail = unique("form");
        try (EventTap created = new EventTap(kafka, "sales.lead.created");
                EventTap merged = new EventTap(kafka, "sales.lead.merged")) {
            submit(formId, "Eve Form " + formId, mail).then().statusCode(303);
            String id = leadId(mail);
            JsonPath first = onlyEventOf(created, id, "io.salespipeline.lead.LeadCreated.v1");
            assertEquals("WEB_FORM", first.getString("intake"));
            assertEquals("WEB_FORM", first.getString("sourceKind"));
            assertNull(first.get("owner"));
            assertEquals(List.of(), merged.collect(e -> id.equals(e.key()), SETTLE));

            submit(formId, "Eve Again " + formId, mail.toUpperCase()).then().statusCode(303);
            JsonPath again = onlyEventOf(merged, id, "io.salespipeline.lead.LeadMerged.v1");
            assertEquals("email", again.getString("matchedOn"));
            assertEquals("WEB_FORM", again.getString("sourceKind"));
            assertNull(again.get("dealId"));
            assertNull(again.get("accountId"), "a lead joins an account when its first deal starts");
            JsonPath arrival = given().header(ADMIN).get("/api/leads/{id}", id).then().statusCode(200)
                    .extract().jsonPath();
            // The database keeps the time rounded to microseconds.
            assertTrue(Duration.between(Instant.parse(arrival.getString("sources[1].receivedAt")),
                    Instant.parse(again.getString("receivedAt"))).abs().toNanos() < 1000, again.prettify());
            assertEquals(arrival.getString("sources[1].receivedBy"), again.getString("receivedBy"));
            UUID.fromString(again.getString("arrivalId"));
            assertEquals(1, created.collect(e -> id.equals(e.key()), Duration.ZERO).size(),
                    "the arrival made no second lead");
        }
    }

    @Test
    void aKnownPersonsArrivalNamesTheAccountTheirLeadJoined() throws Exception {
        String formId = "events-" + UUID.randomUUID().toString().substring(0, 8);
        given().header(ADMIN).contentType(ContentType.JSON).body(WebFormSubmissionTest.formConfig(formId, 1))
                .post("/api/web-forms").then().statusCode(201);
        String mail = unique("account");
        String id = given().header(SELLER).contentType(ContentType.JSON).body(lead(mail)).post("/api/leads").then()
                .statusCode(201).extract().path("id");
        Tokens.signIn("sam.seller", Roles.SELLER);
        String accountId = CompanyAccountTest.qualify(id).getString("accountId");
        Tokens.signOut();
        try (EventTap merged = new EventTap(kafka, "sales.lead.merged")) {
            submit(formId, "Eve Customer " + formId, mail).then().statusCode(303);
            JsonPath arrival = onlyEventOf(merged, id, "io.salespipeline.lead.LeadMerged.v1");
            assertEquals(accountId, arrival.getString("accountId"));
            assertEquals(given().header(SELLER).get("/api/leads/{id}", id).then().statusCode(200).extract()
                    .path("dealId"), arrival.getString("dealId"));
        }
    }

    private static io.restassured.response.Response submit(String formId, String name, String mail)
            throws InterruptedException {
        String client = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        String token = given().header("X-Forwarded-For", client).get("/api/web-forms/{formId}/token", formId).then()
                .statusCode(200).extract().path("token");
        Thread.sleep(1100);
        return given().header("X-Forwarded-For", client).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("_token", token).formParam("full_name", name).formParam("mail", mail)
                .formParam("firm", "Events Ltd").formParam("website", "")
                .post("/api/web-forms/{formId}/submissions", formId);
    }
}
