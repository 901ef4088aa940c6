package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing rules applied to every way in: web forms, API keys, imports; away/back, capacity, fallback, concurrency. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class LeadRoutingTest {

    @Inject
    DataSource dataSource;

    private final List<String> rules = new ArrayList<>();
    private String ana;
    private String ben;
    private String chen;

    @BeforeEach
    void signIn() {
        signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        ana = "ana-" + run;
        ben = "ben-" + run;
        chen = "chen-" + run;
    }

    @AfterEach
    void removeRules() {
        // Rules are global: none is left to route the leads of other test classes.
        rules.forEach(id -> given().delete("/api/lead-routing-rules/{id}", id).then().statusCode(204));
    }

    private String rule(String json) {
        String id = given().contentType(ContentType.JSON).body(json).post("/api/lead-routing-rules")
                .then().statusCode(201).extract().path("id");
        rules.add(id);
        return id;
    }

    private static String[] issueKey() {
        JsonPath key = given().header(Tokens.as("ada.admin", Roles.ADMIN)).contentType(ContentType.JSON)
                .body("{\"name\": \"partner " + UUID.randomUUID() + "\"}").post("/api/api-keys")
                .then().statusCode(201).extract().jsonPath();
        return new String[] {key.getString("id"), key.getString("key")};
    }

    /** A lead posted with the key alone (no signed-in token: a bearer token would be the caller). */
    private static String postWithKey(String key, String country) {
        Tokens.signOut();
        try {
            return postAsKey(key, country);
        } finally {
            signInAsAdmin();
        }
    }

    private static void signInAsAdmin() {
        // An admin who is also a sales manager: configures rules, reads every lead.
        Tokens.signIn("ada.admin", Roles.ADMIN, Roles.SALES_MANAGER);
    }

    /** Call signed out. */
    private static String postAsKey(String key, String country) {
        String email = "routed." + UUID.randomUUID() + "@partner.example";
        return given().header("X-Api-Key", key).contentType(ContentType.JSON)
                .body("""
                        {"name": "Routed Person", "email": "%s", "country": "%s",
                         "source": {"kind": "REFERRAL", "detail": "partner"}}""".formatted(email, country))
                .post("/api/leads").then().statusCode(201).extract().path("id");
    }

    private static JsonPath lead(String id) {
        return given().get("/api/leads/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private List<String> assignedEvents(String leadId) throws Exception {
        List<String> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select payload::text from outbox_message where topic = 'sales.lead.assigned' and record_key = ? "
                        + "order by position")) {
            select.setString(1, leadId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1));
                }
            }
        }
        return events;
    }

    @Test
    void webFormLeadsGoToTheTeamOfTheFormsRuleInTurnAndTheLeadShowsTheRule() throws Exception {
        String formId = "routed-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(WebFormSubmissionTest.formConfig(formId, 1)).post("/api/web-forms")
                .then().statusCode(201);
        String ruleId = rule("""
                {"name": "Contact form", "way": "WEB_FORM", "wayRef": "%s", "team": "Inbound", "sellers": ["%s", "%s"]}"""
                .formatted(formId, ana, ben));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tokens.add(given().get("/api/web-forms/{formId}/token", formId).then().statusCode(200).extract().path("token"));
        }
        Thread.sleep(1100);
        List<String> owners = new ArrayList<>();
        for (String token : tokens) {
            String mail = "visitor." + UUID.randomUUID() + "@visitor.example";
            given().redirects().follow(false).contentType(ContentType.URLENC)
                    .header("X-Forwarded-For", "198.51.100." + (1 + new java.util.Random().nextInt(250)))
                    .formParam("_token", token).formParam("full_name", "Form Visitor").formParam("mail", mail)
                    .post("/api/web-forms/{formId}/submissions", formId).then().statusCode(303);
            JsonPath found = given().queryParam("q", mail).get("/api/leads").then().statusCode(200).extract().jsonPath();
            String id = found.getString("items[0].id");
            JsonPath lead = lead(id);
            owners.add(lead.getString("owner"));
            assertEquals("WEB_FORM", lead.getString("routing.way"));
            assertEquals(formId, lead.getString("routing.ref"));
            assertEquals("ASSIGNED", lead.getString("routing.outcome"));
            assertEquals("Contact form", lead.getString("routing.rule"));
            assertEquals(ruleId, lead.getString("routing.ruleId"));
            List<String> events = assignedEvents(id);
            assertEquals(1, events.size(), "one LeadAssigned per routing");
            JsonPath event = new JsonPath(events.get(0));
            assertEquals(lead.getString("owner"), event.getString("owner"));
            assertEquals("ROUTING", event.getString("by"));
            assertEquals(ruleId, event.getString("ruleId"));
            assertEquals(null, event.getString("dealId"));
        }
        assertEquals(List.of(ana, ben, ana), owners);
    }

    @Test
    void apiKeyLeadsSkipSellersAtCapacityThenFallBackToTheManagersQueue() throws Exception {
        String[] key = issueKey();
        // Tried first although added second: position decides.
        rule("""
                {"name": "Other countries", "way": "API_KEY", "wayRef": "%s", "team": "Rest", "sellers": ["%s"],
                 "position": 900001}""".formatted(key[0], chen));
        rule("""
                {"name": "Portugal partner", "way": "API_KEY", "wayRef": "%s", "countries": ["pt"], "team": "Iberia",
                 "sellers": ["%s", "%s"], "maxOpenLeads": 1, "position": 900000}""".formatted(key[0], ana, ben));

        String first = postWithKey(key[1], "PT");
        String second = postWithKey(key[1], "PT");
        String third = postWithKey(key[1], "PT");
        assertEquals(ana, lead(first).getString("owner"));
        assertEquals(ben, lead(second).getString("owner"));
        JsonPath full = lead(third);
        assertEquals(null, full.getString("owner"));
        assertEquals("FALLBACK", full.getString("routing.outcome"));
        assertEquals("Portugal partner", full.getString("routing.rule"));
        assertEquals("every available seller of team Iberia is at capacity (1 open leads)", full.getString("routing.reason"));
        assertTrue(assignedEvents(third).isEmpty(), "no seller, no LeadAssigned");
        assertEquals(chen, lead(postWithKey(key[1], "ES")).getString("owner"), "another country: the next rule");
        assertTrue(inFallbackQueue(third));

        // A manager assigns it by hand: out of the queue, LeadAssigned MANUAL.
        given().contentType(ContentType.JSON).body("{\"owner\": \"" + chen + "\"}").put("/api/leads/{id}/owner", third)
                .then().statusCode(200).body("owner", equalTo(chen));
        assertTrue(!inFallbackQueue(third));
        JsonPath manual = new JsonPath(assignedEvents(third).get(0));
        assertEquals("MANUAL", manual.getString("by"));
        assertEquals(null, manual.getString("previousOwner"));

        // Ana's lead closed (disqualified): she has room again.
        given().contentType(ContentType.JSON).body("{\"reason\": \"no budget\"}")
                .post("/api/leads/{id}/disqualification", first).then().statusCode(200);
        assertEquals(ana, lead(postWithKey(key[1], "PT")).getString("owner"));
    }

    private static boolean inFallbackQueue(String leadId) {
        String cursor = null;
        for (int page = 0; page < 200; page++) {
            var request = given().queryParam("limit", 100);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath items = request.get("/api/lead-fallback-queue").then().statusCode(200).extract().jsonPath();
            if (items.getList("items.id").contains(leadId)) {
                return true;
            }
            cursor = items.getString("nextCursor");
            if (cursor == null) {
                return false;
            }
        }
        return false;
    }

    @Test
    void aSellerWhoIsAwayIsSkippedUntilBackAndAnAllAwayTeamFallsBack() {
        String[] key = issueKey();
        rule("""
                {"name": "Away test", "way": "API_KEY", "wayRef": "%s", "team": "Duo", "sellers": ["%s", "%s"]}"""
                .formatted(key[0], ana, ben));
        given().header(Tokens.as(ana, Roles.SELLER)).contentType(ContentType.JSON).body("{\"away\": true}")
                .put("/api/sellers/{subject}/availability", ana).then().statusCode(200)
                .body("away", equalTo(true)).body("changedBy", startsWith(ana));
        // Another seller may not mark her.
        given().header(Tokens.as(ben, Roles.SELLER)).contentType(ContentType.JSON).body("{\"away\": false}")
                .put("/api/sellers/{subject}/availability", ana).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));

        assertEquals(ben, lead(postWithKey(key[1], "DE")).getString("owner"));
        assertEquals(ben, lead(postWithKey(key[1], "DE")).getString("owner"));

        // A manager marks Ben away too: nobody is in.
        given().contentType(ContentType.JSON).body("{\"away\": true}").put("/api/sellers/{subject}/availability", ben)
                .then().statusCode(200);
        JsonPath nobody = lead(postWithKey(key[1], "DE"));
        assertEquals("FALLBACK", nobody.getString("routing.outcome"));
        assertEquals("every seller of team Duo is away", nobody.getString("routing.reason"));

        // Ana is back (she says so herself): her turn.
        given().header(Tokens.as(ana, Roles.SELLER)).contentType(ContentType.JSON).body("{\"away\": false}")
                .put("/api/sellers/{subject}/availability", ana).then().statusCode(200).body("away", equalTo(false));
        given().header(Tokens.as(ana, Roles.SELLER)).get("/api/sellers/{subject}/availability", ana)
                .then().statusCode(200).body("away", equalTo(false));
        assertEquals(ana, lead(postWithKey(key[1], "DE")).getString("owner"));
    }

    @Test
    void aManagersImportIsRoutedInFileOrderAndASellersImportAndOwnLeadsStayTheirs() {
        String ruleId = rule("""
                {"name": "Liechtenstein lists", "way": "IMPORT", "countries": ["LI"], "team": "Alpine",
                 "sellers": ["%s", "%s"]}""".formatted(ana, ben));
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("name,email,country\n");
        for (int i = 0; i < 4; i++) {
            csv.append("Row ").append(i).append(",row").append(i).append('.').append(run).append("@list.example,LI\n");
        }
        String importId = importCsv(csv.toString(), null);
        for (int i = 0; i < 4; i++) {
            String id = given().queryParam("q", "row" + i + "." + run).get("/api/leads").then().statusCode(200)
                    .extract().path("items[0].id");
            JsonPath lead = lead(id);
            assertEquals(i % 2 == 0 ? ana : ben, lead.getString("owner"), "row " + i);
            assertEquals("IMPORT", lead.getString("routing.way"));
            assertEquals(importId, lead.getString("routing.ref"));
            assertEquals(ruleId, lead.getString("routing.ruleId"));
        }

        String seller = "sam-" + run;
        importCsv("name,email,country\nMine,mine." + run + "@list.example,LI\n", seller);
        String mine = given().queryParam("q", "mine." + run).get("/api/leads").then().statusCode(200)
                .extract().path("items[0].id");
        given().get("/api/leads/{id}", mine).then().statusCode(200).body("owner", equalTo(seller))
                .body("routing", nullValue());

        String own = given().header(Tokens.as(seller, Roles.SELLER)).contentType(ContentType.JSON).body("""
                {"name": "Own Lead", "email": "own.%s@x.example", "country": "LI",
                 "source": {"kind": "MANUAL", "detail": "call"}}""".formatted(run))
                .post("/api/leads").then().statusCode(201).extract().path("id");
        given().get("/api/leads/{id}", own).then().statusCode(200).body("owner", equalTo(seller))
                .body("routing", nullValue());
    }

    private static String importCsv(String csv, String seller) {
        var request = given().contentType("text/csv").body(csv).queryParam("sourceKind", "ORGANISATION_LIST")
                .queryParam("sourceDetail", "Routing list");
        if (seller != null) {
            request = request.header(Tokens.as(seller, Roles.SELLER));
        }
        String id = request.post("/api/lead-imports").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> "COMPLETED".equals(
                (seller == null ? given() : given().header(Tokens.as(seller, Roles.SELLER)))
                        .get("/api/lead-imports/{id}", id).then().extract().path("state")));
        return id;
    }

    @Test
    void aLeadNoRuleMatchesGoesToTheFallbackQueue() {
        String[] key = issueKey();
        JsonPath lead = lead(postWithKey(key[1], "AQ"));
        assertEquals(null, lead.getString("owner"));
        assertEquals("FALLBACK", lead.getString("routing.outcome"));
        assertEquals(null, lead.getString("routing.rule"));
        assertEquals("no routing rule matches", lead.getString("routing.reason"));
        assertTrue(inFallbackQueue(lead.getString("id")));
    }

    @Test
    void concurrentArrivalsTakeTurnsFairly() throws Exception {
        // Three integrations (the test profile allows 30 posts a minute per key), one rule for their country.
        List<String> keys = List.of(issueKey()[1], issueKey()[1], issueKey()[1]);
        rule("""
                {"name": "Busy partners", "way": "API_KEY", "countries": ["MC"], "team": "Trio",
                 "sellers": ["%s", "%s", "%s"], "position": 0}""".formatted(ana, ben, chen));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<String>> posted = new ArrayList<>();
            Tokens.signOut();
            for (int i = 0; i < 60; i++) {
                String key = keys.get(i % keys.size());
                posted.add(pool.submit(() -> postAsKey(key, "MC")));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> each : posted) {
                ids.add(each.get());
            }
            signInAsAdmin();
            Map<String, Integer> perSeller = new TreeMap<>();
            for (String id : ids) {
                perSeller.merge(String.valueOf(lead(id).getString("owner")), 1, Integer::sum);
            }
            assertEquals(new TreeMap<>(Map.of(ana, 20, ben, 20, chen, 20)), perSeller);
        } finally {
            pool.shutdownNow();
            signInAsAdmin();
        }
    }

    @Test
    void aBadRuleIsRefusedWithAProblemAndNothingIsStored() {
        int before = given().get("/api/lead-routing-rules").then().statusCode(200).extract().jsonPath()
                .getList("items").size();
        given().contentType(ContentType.JSON).body("""
                {"name": "Nowhere", "region": "atlantis", "team": "Lost", "sellers": ["%s"]}""".formatted(ana))
                .post("/api/lead-routing-rules").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body("""
                {"name": "Empty", "team": "Nobody", "sellers": []}""")
                .post("/api/lead-routing-rules").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body("""
                {"name": "Typo", "way": "FAX", "team": "T", "sellers": ["%s"]}""".formatted(ana))
                .post("/api/lead-routing-rules").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        assertEquals(before, given().get("/api/lead-routing-rules").then().statusCode(200).extract().jsonPath()
                .getList("items").size());
        String regionRule = rule("""
                {"name": "DACH", "region": "dach", "team": "DACH", "sellers": ["%s"], "position": 950000}""".formatted(ana));
        given().get("/api/lead-routing-rules/{id}", regionRule).then().statusCode(200).body("region", equalTo("dach"));
    }
}
