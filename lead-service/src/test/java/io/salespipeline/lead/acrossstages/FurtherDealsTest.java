package io.salespipeline.lead.acrossstages;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.ClosedDeals;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Repeat business and re-opened deals: a won or lost lead starts a new deal linked to the previous one. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class FurtherDealsTest {

    private static final String INTEREST = """
            {"channel": "MEETING", "expressedAt": "2026-12-02T10:00:00Z", "topics": "more seats"}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    @Test
    void aWonLeadStartsANewDealOnAFreshInterestLinkedToTheWonOneAndFollowedByEitherDealId() {
        String id = Leads.create("repeat@" + UUID.randomUUID() + ".example");
        String first = Leads.qualify(id);
        // An open deal cannot be followed by another.
        given().contentType(ContentType.JSON).body(INTEREST).post("/api/leads/{id}/deals", id).then().statusCode(409)
                .body("currentState", equalTo("QUALIFIED"));
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(ClosedDeals.TOPIC, UUID.randomUUID().toString(), ClosedDeals.TYPE, UUID.fromString(first),
                    ClosedDeals.dealClosed(UUID.fromString(first), "2026-12-01T15:30:00Z", "100.00", "EUR"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/leads/{id}", id).then()
                .body("status", equalTo("WON")));
        String accountId = given().get("/api/leads/{id}", id).then().extract().path("accountId");

        try (EventTap tap = new EventTap(kafka, "sales.lead.qualified")) {
            JsonPath lead = given().contentType(ContentType.JSON).body(INTEREST).post("/api/leads/{id}/deals", id).then()
                    .statusCode(200).body("status", equalTo("QUALIFIED")).body("previousDealId", equalTo(first))
                    .body("interest.topics", equalTo("more seats")).body("assessment.viable", equalTo(true))
                    .body("dealWon", nullValue()).body("accountId", equalTo(accountId)).extract().jsonPath();
            String second = lead.getString("dealId");
            assertNotEquals(first, second);
            JsonPath event = JsonPath.from(tap.await(e -> second.equals(e.key()), Duration.ofSeconds(30)).value());
            assertEquals(first, event.getString("previousDealId"));
            assertEquals(accountId, event.getString("accountId"));
            assertEquals(id, event.getString("leadId"));
            assertEquals("more seats", event.getString("interest.topics"));
            // Both deals find the lead; its history lists them.
            for (String deal : new String[] {first, second}) {
                given().queryParam("dealId", deal).get("/api/leads").then().statusCode(200).body("items", hasSize(1))
                        .body("items[0].id", equalTo(id));
            }
            given().get("/api/leads/{id}/deals", id).then().statusCode(200).body("items", hasSize(2))
                    .body("items[0].dealId", equalTo(first)).body("items[0].kind", equalTo("FIRST"))
                    .body("items[1].dealId", equalTo(second)).body("items[1].kind", equalTo("NEW_DEAL"))
                    .body("items[1].previousDealId", equalTo(first));
        }
        // Another seller does not see the lead: no deal of it for them.
        Tokens.signIn("sue.seller", Roles.SELLER);
        given().contentType(ContentType.JSON).body(INTEREST).post("/api/leads/{id}/deals", id).then().statusCode(404);
    }

    @Test
    void aLostDealIsReopenedByASalesManagerOnlyAsANewDealLinkedToTheLostOne() {
        String id = Leads.create("reopen@" + UUID.randomUUID() + ".example");
        String lost = Leads.qualify(id);
        // Not lost (yet): nothing to re-open.
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        given().contentType(ContentType.JSON).body("{\"reason\": \"Budget after all\"}")
                .post("/api/leads/{id}/deal-reopening", id).then().statusCode(409);
        try (EventSender sender = new EventSender(kafka)) {
            sender.send("sales.deal.lost", UUID.randomUUID().toString(), "io.salespipeline.prospect.DealLost.v1",
                    UUID.fromString(lost), LeadAcrossStagesTest.lossEvent(lost, "PROSPECT", "Went quiet"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/leads/{id}", id).then()
                .body("dealLoss.stage", equalTo("PROSPECT")));
        // A seller may not re-open it.
        Tokens.signIn("sam.seller", Roles.SELLER);
        given().contentType(ContentType.JSON).body("{\"reason\": \"Budget after all\"}")
                .post("/api/leads/{id}/deal-reopening", id).then().statusCode(403);
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        given().contentType(ContentType.JSON).body("{}").post("/api/leads/{id}/deal-reopening", id).then()
                .statusCode(400);
        String reopened = given().contentType(ContentType.JSON).body("{\"reason\": \"Budget after all\"}")
                .post("/api/leads/{id}/deal-reopening", id).then().statusCode(200).body("status", equalTo("QUALIFIED"))
                .body("previousDealId", equalTo(lost)).body("dealLoss", nullValue()).extract().path("dealId");
        assertNotEquals(lost, reopened);
        given().get("/api/leads/{id}/deals", id).then().body("items[1].kind", equalTo("REOPENED"))
                .body("items[1].reason", equalTo("Budget after all")).body("items[1].previousDealId", equalTo(lost));
        // The re-opened deal is open: neither re-opened again nor followed by a new deal.
        given().contentType(ContentType.JSON).body("{\"reason\": \"Again\"}")
                .post("/api/leads/{id}/deal-reopening", id).then().statusCode(409);
    }
}
