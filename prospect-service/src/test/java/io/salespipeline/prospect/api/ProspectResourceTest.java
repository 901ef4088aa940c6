package io.salespipeline.prospect.api;

import static io.restassured.RestAssured.given;
import static io.salespipeline.prospect.LeadQualifiedFixture.openProspect;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.platform.privacy.PersonalFields;
import io.quarkus.narayana.jta.QuarkusTransaction;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
public class ProspectResourceTest {

    static final String PROFILE = """
            {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B components",
             "cultureNotes": "Consensus-driven",
             "decisionMakers": [{"name": "Jane Roe", "role": "CFO", "influence": "HIGH"}],
             "procurement": {"procedure": "PURCHASE_ORDER", "notes": "PO above 10k"}}""";

    static final String APPLICATION = """
            {"product": "Pipeline CRM", "problem": "Deals tracked in spreadsheets",
             "costSaving": {"amount": "24000", "currency": "EUR"}, "timeSavingHours": "40",
             "period": "YEAR", "reasoning": "Two fewer admin days a month"}""";

    @Inject
    PersonalFields personalFields;

    @Inject
    ObjectMapper json;

    /** The event's data as a consumer's inbox reads it: its encrypted fields opened. */
    private JsonPath opened(EventTap.Event event) {
        return JsonPath.from(QuarkusTransaction.requiringNew().call(() -> personalFields
                .open(json.readTree(event.value()), event.header("ce_id"))).toString());
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    EventSender sender;

    @BeforeEach
    void openSender() {
        // Prospects made from test events have no seller of their own: a sales manager works them.
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        sender = new EventSender(kafka);
    }

    @AfterEach
    void closeSender() {
        sender.close();
    }

    public static void putProfile(String id) {
        given().contentType(ContentType.JSON).body(PROFILE).put("/api/prospects/{id}/profile", id)
                .then().statusCode(200).body("status", equalTo("ORIENTATION"));
    }

    public static String addApplication(String id) {
        return given().contentType(ContentType.JSON).body(APPLICATION).post("/api/prospects/{id}/applications", id)
                .then().statusCode(201)
                .header("Location", containsString("/api/prospects/" + id + "/applications/"))
                .body("costSaving.amount", equalTo("24000.00")).body("timeSavingHours", equalTo("40"))
                .extract().path("id");
    }

    @Test
    void profileApplicationAndReadinessPublishProspectReadyForProposal() {
        UUID dealId = UUID.randomUUID();
        String id = openProspect(sender, dealId);
        putProfile(id);
        String applicationId = addApplication(id);
        given().get("/api/prospects/{id}/applications", id).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].id", equalTo(applicationId)).body("[0].period", equalTo("YEAR"));

        try (EventTap tap = new EventTap(kafka, "sales.prospect.ready-for-proposal")) {
            given().post("/api/prospects/{id}/readiness", id).then().statusCode(200)
                    .body("status", equalTo("READY_FOR_PROPOSAL")).body("readyAt", notNullValue());

            EventTap.Event event = tap.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(30));
            assertEquals("1.0", event.header("ce_specversion"));
            assertEquals("io.salespipeline.prospect.ProspectReadyForProposal.v1", event.header("ce_type"));
            assertEquals(dealId.toString(), event.header("ce_subject"));
            assertNotNull(event.header("ce_id"));
            // The people travel encrypted with the deal's key; a consumer's inbox opens them.
            assertTrue(JsonPath.from(event.value()).getString("contact.name").startsWith("pii:v1:"), event.value());
            assertFalse(event.value().contains("Jane Roe"), event.value());
            JsonPath data = opened(event);
            assertEquals(id, data.getString("prospectId"));
            assertEquals(dealId.toString(), data.getString("dealId"));
            assertEquals("Grace Hopper", data.getString("contact.name"));
            assertEquals("Navy Labs", data.getString("contact.company"));
            assertEquals("Manufacturing", data.getString("profile.industry"));
            assertEquals("200-500", data.getString("profile.companySize"));
            assertEquals("B2B components", data.getString("profile.businessModel"));
            assertEquals("Consensus-driven", data.getString("profile.cultureNotes"));
            assertEquals("Jane Roe", data.getString("profile.decisionMakers[0].name"));
            assertEquals("HIGH", data.getString("profile.decisionMakers[0].influence"));
            assertEquals("PURCHASE_ORDER", data.getString("procurement.procedure"));
            assertEquals("PO above 10k", data.getString("procurement.notes"));
            assertEquals(1, data.getList("applications").size());
            assertEquals(applicationId, data.getString("applications[0].applicationId"));
            assertEquals("Pipeline CRM", data.getString("applications[0].product"));
            assertEquals("Deals tracked in spreadsheets", data.getString("applications[0].problem"));
            // Decimals travel as strings, never as binary floats.
            assertEquals("24000.00", data.get("applications[0].costSaving.amount"));
            assertEquals("EUR", data.getString("applications[0].costSaving.currency"));
            assertEquals("40", data.get("applications[0].timeSavingHours"));
            assertEquals("YEAR", data.getString("applications[0].period"));
            assertEquals("Two fewer admin days a month", data.getString("applications[0].reasoning"));
            assertNotNull(data.getString("readyAt"));
        }
    }

    @Test
    void interactionsSetTheInterestLevelAndTheNextFollowUp() {
        String id = openProspect(sender, UUID.randomUUID());
        String interactionId = given().contentType(ContentType.JSON).body("""
                {"type": "CALL", "occurredAt": "2026-01-10T09:00:00Z", "outcome": "Intro call, keen on demo",
                 "nextStep": "Book a demo", "followUpOn": "2026-01-17", "interestLevel": "HIGH"}""")
                .post("/api/prospects/{id}/interactions", id)
                .then().statusCode(201)
                .header("Location", containsString("/api/prospects/" + id + "/interactions/"))
                .body("type", equalTo("CALL")).body("followUpOn", equalTo("2026-01-17"))
                .extract().path("id");

        given().get("/api/prospects/{id}", id).then().statusCode(200)
                .body("status", equalTo("RAPPORT"))
                .body("interestLevel", equalTo("HIGH"))
                .body("nextFollowUpOn", equalTo("2026-01-17"))
                .body("lastInteractionAt", equalTo("2026-01-10T09:00:00Z"));
        given().get("/api/prospects/{id}/interactions", id).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].id", equalTo(interactionId))
                .body("[0].nextStep", equalTo("Book a demo"));
        given().get("/api/prospects/{id}/interactions/{interactionId}", id, interactionId)
                .then().statusCode(200).body("outcome", equalTo("Intro call, keen on demo"));
    }

    @Test
    void readinessRefusalNamesWhatIsMissing() {
        String id = openProspect(sender, UUID.randomUUID());
        given().post("/api/prospects/{id}/readiness", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("RAPPORT")).body("action", equalTo("readiness"))
                .body("detail", allOf(containsString("the profile"),
                        containsString("at least one application with a quantified")))
                .body("missing", equalTo(List.of("profile", "procurement", "quantifiedApplication")));

        putProfile(id);
        given().post("/api/prospects/{id}/readiness", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("ORIENTATION"))
                .body("detail", allOf(not(containsString("the profile")), not(containsString("procurement")),
                        containsString("at least one application with a quantified")))
                .body("missing", equalTo(List.of("quantifiedApplication")));
        given().get("/api/prospects/{id}", id).then().body("status", equalTo("ORIENTATION"));
    }

    @Test
    void aLostProspectPublishesDealLostAndRefusesEverythingNamingItsState() {
        UUID dealId = UUID.randomUUID();
        String id = openProspect(sender, dealId);
        try (EventTap tap = new EventTap(kafka, "sales.deal.lost")) {
            given().contentType(ContentType.JSON).body("{\"reason\": \"Chose a competitor\"}")
                    .post("/api/prospects/{id}/loss", id)
                    .then().statusCode(200).body("status", equalTo("LOST"))
                    .body("lossReason", equalTo("Chose a competitor")).body("lostAt", notNullValue());

            EventTap.Event event = tap.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(30));
            assertEquals("io.salespipeline.prospect.DealLost.v1", event.header("ce_type"));
            JsonPath data = JsonPath.from(event.value());
            assertEquals(dealId.toString(), data.getString("dealId"));
            assertEquals("PROSPECT", data.getString("stage"));
            assertEquals("Chose a competitor", data.getString("reason"));
            assertNotNull(data.getString("lostAt"));
        }

        given().contentType(ContentType.JSON).body("{\"reason\": \"again\"}").post("/api/prospects/{id}/loss", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("LOST")).body("status", equalTo(409));
        given().post("/api/prospects/{id}/readiness", id)
                .then().statusCode(409).body("currentState", equalTo("LOST"));
        given().contentType(ContentType.JSON).body(PROFILE).put("/api/prospects/{id}/profile", id)
                .then().statusCode(409).body("currentState", equalTo("LOST"));
        given().contentType(ContentType.JSON).body(APPLICATION).post("/api/prospects/{id}/applications", id)
                .then().statusCode(409).body("currentState", equalTo("LOST"));
        given().contentType(ContentType.JSON)
                .body("{\"type\": \"EMAIL\", \"occurredAt\": \"2026-01-10T09:00:00Z\", \"outcome\": \"x\"}")
                .post("/api/prospects/{id}/interactions", id)
                .then().statusCode(409).body("currentState", equalTo("LOST"));
        given().get("/api/prospects/{id}", id).then().body("status", equalTo("LOST")).body("profile", nullValue());
    }

    @Test
    void badInputAnswers400ProblemAndChangesNothing() {
        String id = openProspect(sender, UUID.randomUUID());
        String before = given().get("/api/prospects/{id}", id).then().extract().asString();

        given().contentType(ContentType.JSON).body("""
                {"product": "CRM", "problem": "p", "period": "YEAR", "reasoning": "r"}""")
                .post("/api/prospects/{id}/applications", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("costSaving"));
        given().contentType(ContentType.JSON).body("""
                {"product": "CRM", "problem": "p", "timeSavingHours": "0", "period": "YEAR", "reasoning": "r"}""")
                .post("/api/prospects/{id}/applications", id)
                .then().statusCode(400).body("errors[0].field", equalTo("timeSavingHours"));
        given().contentType(ContentType.JSON).body("""
                {"product": "CRM", "problem": "p", "costSaving": {"amount": "-5.00", "currency": "EUR"},
                 "period": "YEAR", "reasoning": "r"}""")
                .post("/api/prospects/{id}/applications", id)
                .then().statusCode(400).body("errors[0].field", equalTo("costSaving.amount"));
        given().contentType(ContentType.JSON).body("""
                {"product": "CRM", "problem": "p", "timeSavingHours": "3", "period": "WEEK", "reasoning": "r"}""")
                .post("/api/prospects/{id}/applications", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("""
                {"type": "CALL", "occurredAt": "2026-01-10T09:00:00Z"}""")
                .post("/api/prospects/{id}/interactions", id)
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        given().contentType(ContentType.JSON).body("""
                {"type": "CALL", "occurredAt": "2999-01-10T09:00:00Z", "outcome": "x", "interestLevel": "HIGH"}""")
                .post("/api/prospects/{id}/interactions", id)
                .then().statusCode(400).body("errors[0].field", equalTo("occurredAt"));
        given().contentType(ContentType.JSON).body("""
                {"type": "FAX", "occurredAt": "2026-01-10T09:00:00Z", "outcome": "x"}""")
                .post("/api/prospects/{id}/interactions", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("""
                {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B",
                 "decisionMakers": []}""")
                .put("/api/prospects/{id}/profile", id)
                .then().statusCode(400).body("errors.field", hasItems("procurement"));
        given().contentType(ContentType.JSON).body(PROFILE.replace("\"HIGH\"", "\"HUGE\""))
                .put("/api/prospects/{id}/profile", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"reason\": \" \"}").post("/api/prospects/{id}/loss", id)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body("{\"industry\": ").put("/api/prospects/{id}/profile", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("dealId", "not-a-uuid").get("/api/prospects")
                .then().statusCode(400).body("errors[0].field", equalTo("dealId"));
        given().queryParam("limit", "0").get("/api/prospects")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));

        assertEquals(before, given().get("/api/prospects/{id}", id).then().extract().asString());
        given().get("/api/prospects/{id}/applications", id).then().statusCode(200).body("$", hasSize(0));
        given().get("/api/prospects/{id}/interactions", id).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aFormalRfpIsRecordedWithDeadlineAndApprovalStepsAndHandedOver() {
        UUID dealId = UUID.randomUUID();
        String id = openProspect(sender, dealId);
        String rfpProfile = PROFILE.replace("{\"procedure\": \"PURCHASE_ORDER\", \"notes\": \"PO above 10k\"}", """
                {"procedure": "FORMAL_RFP", "notes": "Submit through the supplier portal",
                 "rfpReference": "RFP-2026-114", "deadline": "2027-01-15",
                 "approvalSteps": [{"step": "Technical evaluation", "approver": "IT architecture board"},
                                   {"step": "CFO sign-off", "approver": "Jane Roe"}]}""");
        given().contentType(ContentType.JSON).body(rfpProfile).put("/api/prospects/{id}/profile", id)
                .then().statusCode(200)
                .body("procurement.procedure", equalTo("FORMAL_RFP"))
                .body("procurement.rfpReference", equalTo("RFP-2026-114"))
                .body("procurement.deadline", equalTo("2027-01-15"))
                .body("procurement.approvalSteps[1].step", equalTo("CFO sign-off"))
                .body("procurement.approvalSteps[1].approver", equalTo("Jane Roe"));
        addApplication(id);
        given().contentType(ContentType.JSON).body(APPLICATION.replace("24000", "1500").replace("\"YEAR\"",
                "\"MONTH\"")).post("/api/prospects/{id}/applications", id).then().statusCode(201);
        // 24000 per year + 1500 x 12 = 42000.00 EUR; 40 + 40 x 12 = 520 hours.
        given().get("/api/prospects/{id}", id).then().statusCode(200)
                .body("savings.costPerYear", hasSize(1))
                .body("savings.costPerYear[0].amount", equalTo("42000.00"))
                .body("savings.costPerYear[0].currency", equalTo("EUR"))
                .body("savings.hoursPerYear", equalTo("520"));

        try (EventTap tap = new EventTap(kafka, "sales.prospect.ready-for-proposal")) {
            given().post("/api/prospects/{id}/readiness", id).then().statusCode(200);
            EventTap.Event event = tap.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(30));
            assertFalse(event.value().contains("IT architecture board"), event.value());
            JsonPath data = opened(event);
            assertEquals("FORMAL_RFP", data.getString("procurement.procedure"));
            assertEquals("RFP-2026-114", data.getString("procurement.rfpReference"));
            assertEquals("2027-01-15", data.getString("procurement.deadline"));
            assertEquals("Technical evaluation", data.getString("procurement.approvalSteps[0].step"));
            assertEquals("IT architecture board", data.getString("procurement.approvalSteps[0].approver"));
            assertEquals(2, data.getList("applications").size());
        }
    }

    @Test
    void rfpDetailsAreRequiredForAFormalRfpAndRefusedForOtherProcedures() {
        String id = openProspect(sender, UUID.randomUUID());
        given().contentType(ContentType.JSON).body(PROFILE.replace("\"PURCHASE_ORDER\"", "\"FORMAL_RFP\""))
                .put("/api/prospects/{id}/profile", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("procurement.deadline"));
        given().contentType(ContentType.JSON).body(PROFILE.replace("\"notes\": \"PO above 10k\"",
                "\"deadline\": \"2027-01-15\""))
                .put("/api/prospects/{id}/profile", id)
                .then().statusCode(400).body("errors[0].field", equalTo("procurement.deadline"));
        given().contentType(ContentType.JSON).body(PROFILE.replace("\"notes\": \"PO above 10k\"",
                "\"approvalSteps\": [{\"approver\": \"CFO\"}]"))
                .put("/api/prospects/{id}/profile", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/prospects/{id}", id).then().body("status", equalTo("RAPPORT")).body("procurement", nullValue());
    }

    @Test
    void followUpDueListsOpenProspectsWhoseFollowUpIsOnOrBeforeTheDay() {
        String due = openProspect(sender, UUID.randomUUID());
        String later = openProspect(sender, UUID.randomUUID());
        String lost = openProspect(sender, UUID.randomUUID());
        String none = openProspect(sender, UUID.randomUUID());
        logCall(due, "2026-02-01");
        logCall(later, "2026-02-10");
        logCall(lost, "2026-02-01");
        given().contentType(ContentType.JSON).body("{\"reason\": \"No budget\"}")
                .post("/api/prospects/{id}/loss", lost).then().statusCode(200);

        List<String> ids = given().queryParam("followUpDue", "2026-02-05").queryParam("limit", "500")
                .get("/api/prospects").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertTrue(ids.contains(due));
        assertFalse(ids.contains(later), "not due yet");
        assertFalse(ids.contains(lost), "a lost prospect needs no follow-up");
        assertFalse(ids.contains(none), "no follow-up planned");
        List<String> dueToday = given().queryParam("followUpDue", "today").queryParam("limit", "500")
                .get("/api/prospects").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertTrue(dueToday.containsAll(List.of(due, later)));
        given().queryParam("followUpDue", "next week").get("/api/prospects")
                .then().statusCode(400).body("errors[0].field", equalTo("followUpDue"));
    }

    private static void logCall(String id, String followUpOn) {
        given().contentType(ContentType.JSON).body("""
                {"type": "MEETING", "occurredAt": "2026-01-10T09:00:00Z", "outcome": "Met the team",
                 "nextStep": "Send the case study", "followUpOn": "%s", "interestLevel": "MEDIUM"}"""
                .formatted(followUpOn)).post("/api/prospects/{id}/interactions", id).then().statusCode(201);
    }

    @Test
    void unknownProspectIs404Problem() {
        given().get("/api/prospects/{id}", "0190a7f5-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().post("/api/prospects/{id}/readiness", "0190a7f5-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsArePagedWithAnOpaqueCursor() {
        for (int i = 0; i < 3; i++) {
            openProspect(sender, UUID.randomUUID());
        }
        JsonPath first = given().queryParam("limit", "2").get("/api/prospects").then().statusCode(200)
                .body("items", hasSize(2)).extract().jsonPath();
        String cursor = first.getString("nextCursor");
        assertNotNull(cursor);
        given().queryParam("limit", "2").queryParam("cursor", cursor).get("/api/prospects")
                .then().statusCode(200).body("items[0].id", not(first.getString("items[1].id")));
        given().queryParam("status", "RAPPORT").queryParam("limit", "500").get("/api/prospects")
                .then().statusCode(200).body("items.status", not(hasItems("LOST")));
        given().queryParam("cursor", "garbage").get("/api/prospects")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        assertNull(given().queryParam("dealId", UUID.randomUUID().toString()).get("/api/prospects")
                .then().statusCode(200).body("items", hasSize(0)).extract().path("nextCursor"));
    }
}
