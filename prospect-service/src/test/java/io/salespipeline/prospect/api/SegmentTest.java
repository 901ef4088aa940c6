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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deal's segment (configured in application.properties) decides which readiness steps are required. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
public class SegmentTest {

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

    private static void classify(String id, String segment) {
        given().contentType(ContentType.JSON).body("{\"segment\": \"" + segment + "\"}")
                .put("/api/prospects/{id}/segment", id).then().statusCode(200).body("segment", equalTo(segment));
    }

    @Test
    void theConfiguredSegmentsAreListedWithTheirSteps() {
        given().get("/api/segments").then().statusCode(200)
                .body("find { it.name == 'SMB' }.requiredSteps", equalTo(List.of("quantifiedApplication")))
                .body("find { it.name == 'PUBLIC_SECTOR' }.requiredSteps",
                        equalTo(List.of("profile", "procurement", "formalRfp", "quantifiedApplication")))
                .body("find { it.name == 'STANDARD' }.isDefault", equalTo(true));
    }

    @Test
    void aNewProspectIsInTheDefaultSegmentAndAnUnknownSegmentIsRefused() {
        String id = openProspect(sender, UUID.randomUUID());
        given().get("/api/prospects/{id}", id).then().body("segment", equalTo("STANDARD"));
        given().contentType(ContentType.JSON).body("{\"segment\": \"MEGACORP\"}")
                .put("/api/prospects/{id}/segment", id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("segment"))
                .body("errors.message", hasItem(containsString("SMB")));
        given().get("/api/prospects/{id}", id).then().body("segment", equalTo("STANDARD"));
    }

    @Test
    void aSmallDealSkipsTheProfileAndIsHandedOnAsAOnePageQuote() {
        UUID dealId = UUID.randomUUID();
        String id = openProspect(sender, dealId);
        classify(id, "SMB");
        ProspectResourceTest.addApplication(id);
        try (EventTap tap = new EventTap(kafka, "sales.prospect.ready-for-proposal")) {
            given().post("/api/prospects/{id}/readiness", id).then().statusCode(200)
                    .body("status", equalTo("READY_FOR_PROPOSAL")).body("profile", nullValue());
            JsonPath data = JsonPath.from(tap.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(30))
                    .value());
            assertEquals("ONE_PAGE_QUOTE", data.getString("procurement.procedure"));
            assertNull(data.get("profile"));
        }
    }

    @Test
    void thePublicSectorRequiresTheFormalRfpPath() {
        String id = openProspect(sender, UUID.randomUUID());
        classify(id, "PUBLIC_SECTOR");
        ProspectResourceTest.putProfile(id); // a purchase order
        ProspectResourceTest.addApplication(id);
        given().post("/api/prospects/{id}/readiness", id).then().statusCode(409)
                .contentType("application/problem+json").body("missing", equalTo(List.of("formalRfp")))
                .body("detail", containsString("FORMAL_RFP"));
        given().get("/api/prospects/{id}", id).then().body("status", equalTo("ORIENTATION"));

        given().contentType(ContentType.JSON).body("""
                {"industry": "Government", "companySize": "5000+", "businessModel": "Public service",
                 "decisionMakers": [{"name": "Jane Roe", "role": "Procurement officer", "influence": "HIGH"}],
                 "procurement": {"procedure": "FORMAL_RFP", "rfpReference": "RFP-7", "deadline": "2027-02-01",
                                 "approvalSteps": [{"step": "Board"}]}}""")
                .put("/api/prospects/{id}/profile", id).then().statusCode(200);
        given().post("/api/prospects/{id}/readiness", id).then().statusCode(200)
                .body("status", equalTo("READY_FOR_PROPOSAL"));
    }
}
