package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.platform.privacy.EmailAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class ErasureRequestResourceTest {

    // A sales manager asks for erasure and works the leads involved.
    @BeforeEach
    void signInForTest() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER, Roles.SELLER);
    }


    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static String qualifiedLead(String email) {
        String id = given().contentType(ContentType.JSON).body("""
                {"name": "Erin Erased", "email": "%s", "phone": "+49 30 1234567", "company": "Forget Me GmbH",
                 "jobTitle": "Head of Purchasing", "country": "DE", "notes": "met her at the booth",
                 "attributes": {"badge": "B-12"}, "source": {"kind": "CONFERENCE", "detail": "PrivacyConf"}}"""
                .formatted(email)).post("/api/leads").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"viable\": true, \"reasons\": \"budget\"}")
                .post("/api/leads/{id}/assessment", id).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"channel\": \"MEETING\", \"expressedAt\": \"2026-11-20T09:30:00Z\", \"topics\": \"demo\"}")
                .post("/api/leads/{id}/interest", id).then().statusCode(200).body("status", equalTo("QUALIFIED"));
        return id;
    }

    @Test
    void erasureAnonymisesTheLeadPublishesTheRequestAndCompletesWhenAllServicesConfirmed() {
        String leadId = qualifiedLead("erin@forget-me.example");
        String dealId = given().get("/api/leads/{id}", leadId).then().extract().path("dealId");

        String erasureId;
        try (EventTap tap = new EventTap(kafka, "privacy.erasure.requested")) {
            erasureId = given().contentType(ContentType.JSON).body("{\"email\": \"  Erin@Forget-Me.example \"}")
                    .post("/api/erasure-requests")
                    .then().statusCode(202).header("Location", containsString("/api/erasure-requests/"))
                    .body("state", equalTo("PENDING"))
                    .body("leadIds", contains(leadId)).body("dealIds", contains(dealId))
                    .body("confirmations.service", contains("lead-service", "prospect-service",
                            "proposal-service", "contract-service", "fulfillment-service"))
                    .body("confirmations[0].confirmed", equalTo(true))
                    .body("confirmations[0].recordsAnonymised", equalTo(1))
                    .body("confirmations[1].confirmed", equalTo(false))
                    .extract().path("id");

            String id = erasureId;
            EventTap.Event event = tap.await(e -> id.equals(e.key()), Duration.ofSeconds(90));
            assertEquals("io.salespipeline.lead.ErasureRequested.v1", event.header("ce_type"));
            assertEquals(erasureId, event.header("ce_subject"));
            JsonPath data = JsonPath.from(event.value());
            assertEquals(erasureId, data.getString("erasureId"));
            assertEquals(List.of(dealId), data.getList("dealIds"));
            assertEquals(EmailAddress.sha256("erin@forget-me.example"), data.getString("emailSha256"));
            assertFalse(event.value().contains("erin"), "the address itself never leaves lead-service");
        }

        // The lead: the person is gone; id, deal, status, source and timestamps stay.
        given().get("/api/leads/{id}", leadId).then().statusCode(200)
                .body("contact", nullValue()).body("notes", nullValue()).body("attributes.size()", equalTo(0))
                .body("status", equalTo("QUALIFIED")).body("dealId", equalTo(dealId))
                .body("source.kind", equalTo("CONFERENCE")).body("erasedAt", notNullValue())
                .body("qualifiedAt", notNullValue());

        // The address is now do-not-contact: JSON intake refuses it.
        given().contentType(ContentType.JSON).body("""
                {"name": "Erin Again", "email": "ERIN@forget-me.example", "source": {"kind": "MANUAL"}}""")
                .post("/api/leads").then().statusCode(422).contentType("application/problem+json");

        // The four other services confirm (one twice: the repeat changes nothing).
        try (EventSender sender = new EventSender(kafka)) {
            UUID key = UUID.fromString(erasureId);
            for (String service : List.of("prospect-service", "proposal-service", "contract-service",
                    "fulfillment-service", "contract-service")) {
                sender.send("privacy.erasure.confirmed", UUID.randomUUID().toString(),
                        "io.salespipeline.privacy.ErasureConfirmed.v1", key, """
                        {"erasureId": "%s", "service": "%s", "recordsAnonymised": 2,
                         "confirmedAt": "2026-11-23T23:10:00Z"}""".formatted(erasureId, service));
            }
        }
        String id = erasureId;
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().get("/api/erasure-requests/{id}", id).then().statusCode(200)
                        .body("state", equalTo("COMPLETED")).body("completedAt", notNullValue())
                        .body("confirmations.confirmed", contains(true, true, true, true, true))
                        .body("confirmations[3].recordsAnonymised", equalTo(2)));
    }

    @Test
    void erasureByLeadIdReachesThatLeadEvenWithoutAnyDeal() {
        String leadId = given().contentType(ContentType.JSON).body("""
                {"name": "Phone Only", "phone": "+49 30 7654321", "source": {"kind": "MANUAL"}}""")
                .post("/api/leads").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"leadId\": \"" + leadId + "\"}")
                .post("/api/erasure-requests")
                .then().statusCode(202).body("leadIds", contains(leadId)).body("dealIds.size()", equalTo(0));
        given().get("/api/leads/{id}", leadId).then().body("contact", nullValue());
        given().contentType(ContentType.JSON).body("{\"reason\": \"no budget\"}")
                .post("/api/leads/{id}/disqualification", leadId)
                .then().statusCode(409).body("currentState", equalTo("NEW"));
    }

    @Test
    void badErasureRequestsAnswerProblemsAndChangeNothing() {
        given().contentType(ContentType.JSON).body("{}").post("/api/erasure-requests")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"a@b.example\", \"leadId\": \"0190a7f5-0000-7000-8000-000000000000\"}")
                .post("/api/erasure-requests").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"email\": \"not-an-address\"}").post("/api/erasure-requests")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        given().contentType(ContentType.JSON).body("{\"leadId\": \"0190a7f5-0000-7000-8000-000000000000\"}")
                .post("/api/erasure-requests").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"leadId\": \"nope\"}").post("/api/erasure-requests")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/erasure-requests/{id}", "0190a7f5-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
