package io.salespipeline.prospect.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.OwaspChecks;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.prospect.LeadQualifiedFixture;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OWASP API Security cases against prospect-service: the deal's owner and sharing travel on
 * LeadQualified; a seller sees only the prospects they own or that are shared with them (BOLA:
 * 404 otherwise); bodies cannot set what the service decides; no internals; oversized bodies 413.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class OwaspApiTest {

    private static final Header SAM = Tokens.as("sam.seller", Roles.SELLER);
    private static final Header SUE = Tokens.as("sue.seller", Roles.SELLER);
    private static final Header MAX = Tokens.as("max.manager", Roles.SALES_MANAGER);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void managerLooksFirst() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    private String prospectOf(UUID dealId, String ownerJson) {
        String data = LeadQualifiedFixture.leadQualified(dealId, "Owned Deal")
                .replace("\"someFutureField\"", ownerJson + "\"someFutureField\"");
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(LeadQualifiedFixture.TOPIC, UUID.randomUUID().toString(), LeadQualifiedFixture.TYPE, dealId, data);
        }
        return LeadQualifiedFixture.awaitProspectIds(dealId).get(0);
    }

    @Test
    void theOwnerOfTheLeadOwnsTheProspectAndAnotherSellerGets404() {
        UUID dealId = UUID.randomUUID();
        String id = prospectOf(dealId, "\"owner\": \"sam.seller\", ");
        given().header(SAM).get("/api/prospects/{id}", id).then().statusCode(200).body("owner", equalTo("sam.seller"));
        given().header(SAM).queryParam("dealId", dealId.toString()).get("/api/prospects").then().body("items", hasSize(1));

        given().header(SUE).get("/api/prospects/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().header(SUE).get("/api/prospects/{id}/interactions", id).then().statusCode(404);
        given().header(SUE).contentType(ContentType.JSON).body("{\"reason\": \"not mine\"}")
                .post("/api/prospects/{id}/loss", id).then().statusCode(404);
        given().header(SUE).queryParam("dealId", dealId.toString()).get("/api/prospects").then().body("items", hasSize(0));
    }

    @Test
    void anEventWithoutOwnerMakesAProspectOnlyManagersSee() {
        UUID dealId = UUID.randomUUID();
        String id = prospectOf(dealId, "");
        given().get("/api/prospects/{id}", id).then().statusCode(200).body("owner", nullValue());
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().header(SAM).get("/api/prospects/{id}", id).then().statusCode(404));
    }

    @Test
    void sharingFromTheLeadCarriesOver_andOnlyTheOwnerOrAManagerReshares() {
        UUID dealId = UUID.randomUUID();
        String id = prospectOf(dealId, "\"owner\": \"sam.seller\", \"sharedWith\": [\"sue.seller\"], ");
        given().header(SUE).get("/api/prospects/{id}", id).then().statusCode(200)
                .body("sharedWith", equalTo(java.util.List.of("sue.seller")));
        given().header(SUE).contentType(ContentType.JSON).body("{\"sharedWith\": []}")
                .put("/api/prospects/{id}/sharing", id).then().statusCode(403).contentType("application/problem+json");
        given().header(SAM).contentType(ContentType.JSON).body("{\"sharedWith\": []}")
                .put("/api/prospects/{id}/sharing", id).then().statusCode(200);
        given().header(SUE).get("/api/prospects/{id}", id).then().statusCode(404);

        // Only a sales manager assigns; the old owner then loses sight of it.
        given().header(SAM).contentType(ContentType.JSON).body("{\"owner\": \"sam.seller\"}")
                .put("/api/prospects/{id}/owner", id).then().statusCode(403);
        given().header(MAX).contentType(ContentType.JSON).body("{\"owner\": \"sue.seller\"}")
                .put("/api/prospects/{id}/owner", id).then().statusCode(200).body("owner", equalTo("sue.seller"));
        given().header(SUE).get("/api/prospects/{id}", id).then().statusCode(200);
        given().header(SAM).get("/api/prospects/{id}", id).then().statusCode(404);
    }

    @Test
    void theReadyProspectHandsOwnerAndSharingOnToTheProposalStage() {
        UUID dealId = UUID.randomUUID();
        String id = prospectOf(dealId, "\"owner\": \"sam.seller\", \"sharedWith\": [\"sue.seller\"], ");
        io.salespipeline.prospect.api.ProspectResourceTest.putProfile(id);
        io.salespipeline.prospect.api.ProspectResourceTest.addApplication(id);
        try (io.salespipeline.infra.testing.EventTap tap =
                new io.salespipeline.infra.testing.EventTap(kafka, "sales.prospect.ready-for-proposal")) {
            given().header(SAM).post("/api/prospects/{id}/readiness", id).then().statusCode(200);
            io.restassured.path.json.JsonPath data = io.restassured.path.json.JsonPath.from(
                    tap.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(30)).value());
            org.junit.jupiter.api.Assertions.assertEquals("sam.seller", data.getString("owner"));
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("sue.seller"), data.getList("sharedWith"));
        }
    }

    @Test
    void aProfileBodyCannotSetStatusOwnerDealIdOrIds() {
        UUID dealId = UUID.randomUUID();
        String id = prospectOf(dealId, "\"owner\": \"sam.seller\", ");
        given().header(SAM).contentType(ContentType.JSON).body("""
                {"id": "%s", "dealId": "%s", "status": "READY_FOR_PROPOSAL", "owner": "mallory",
                 "sharedWith": ["mallory"], "readyAt": "2026-01-01T00:00:00Z", "createdBy": "mallory",
                 "industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B components",
                 "decisionMakers": [{"name": "Jane Roe", "role": "CFO", "influence": "HIGH"}],
                 "procurement": {"procedure": "PURCHASE_ORDER"}}""".formatted(UUID.randomUUID(), UUID.randomUUID()))
                .put("/api/prospects/{id}/profile", id).then().statusCode(200)
                .body("id", equalTo(id)).body("dealId", equalTo(dealId.toString()))
                .body("status", equalTo("ORIENTATION")).body("owner", equalTo("sam.seller"))
                .body("sharedWith", hasSize(0)).body("readyAt", nullValue())
                .body("createdBy", org.hamcrest.Matchers.not(equalTo("mallory")));
    }

    @Test
    void noAnswerShowsInternals_andOversizedBodiesAre413() {
        OwaspChecks.assertNoInternals(OwaspChecks.malformedRequests(MAX, "/api/prospects/{id}/applications"
                .replace("{id}", UUID.randomUUID().toString()), "/api/prospects/{id}", "/api/prospects"));
        OwaspChecks.assertOversizedBodyRefused(SAM, "PUT", "/api/prospects/{id}/profile", UUID.randomUUID());
        OwaspChecks.assertOversizedBodyRefused(SAM, "POST", "/api/prospects/{id}/interactions", UUID.randomUUID());
    }
}
