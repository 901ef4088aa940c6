package io.salespipeline.proposal.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.stall.StalledDeals;
import io.salespipeline.proposal.api.Drafts;
import io.salespipeline.proposal.api.Drafts.Draft;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A proposal unchanged for the stage's days (14 here) is a stalled deal: listed for its owner and
 * published once as DealStalled, however many replicas look at once; new activity ends the stall.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class StalledDealsTest {

    static final Header SAM = Tokens.as("stella.seller", Roles.SELLER);
    static final Header SUE = Tokens.as("sue.seller", Roles.SELLER);
    static final Header MAX = Tokens.as("max.manager", Roles.SALES_MANAGER);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(3);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    MovableClock clock;

    @Inject
    StalledDeals stalledDeals;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @AfterEach
    void restore() {
        clock.reset();
        Tokens.signOut();
    }

    private static List<String> stalledFor(Header who, String owner) {
        return given().header(who).queryParam("owner", owner).queryParam("limit", "500").get("/api/stalled-deals")
                .then().statusCode(200).extract().jsonPath().getList("recordId");
    }

    /** Two replicas' watches at the same moment. */
    private void detectTwiceAtOnce() {
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(stalledDeals::detect);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(stalledDeals::detect);
        one.join();
        two.join();
    }

    @Test
    void aProposalWithoutActivityIsListedForItsOwnerAndPublishedOncePerStall() {
        Draft draft = Drafts.ownedDraft(kafka, "ONE_PAGE_QUOTE", "stella.seller");
        Predicate<EventTap.Event> ofDeal = e -> draft.dealId().toString().equals(e.key());
        given().header(SAM).queryParam("limit", "500").get("/api/stalled-deals").then().statusCode(200)
                .body("recordId", not(hasItem(draft.id())));

        try (EventTap stalls = new EventTap(kafka, "sales.proposal.deal-stalled")) {
            clock.moveAhead(Duration.ofDays(15));
            given().header(SAM).queryParam("limit", "500").get("/api/stalled-deals").then().statusCode(200)
                    .body("find { it.recordId == '" + draft.id() + "' }.status", equalTo("DRAFT"))
                    .body("find { it.recordId == '" + draft.id() + "' }.stage", equalTo("PROPOSAL"))
                    .body("find { it.recordId == '" + draft.id() + "' }.owner", equalTo("stella.seller"));
            assertEquals(true, stalledFor(MAX, "stella.seller").contains(draft.id()), "a manager names the owner");
            assertEquals(false, stalledFor(MAX, "sue.seller").contains(draft.id()));
            assertEquals(false, stalledFor(SUE, null).contains(draft.id()), "a seller sees their own");

            detectTwiceAtOnce();
            detectTwiceAtOnce();
            List<EventTap.Event> first = stalls.awaitAll(ofDeal, TIMEOUT, SETTLE);
            assertEquals(1, first.size(), "one stall, one event: " + first);
            JsonPath event = JsonPath.from(first.get(0).value());
            assertEquals(draft.id(), event.getString("recordId"));
            assertEquals("DRAFT", event.getString("status"));
            assertEquals("stella.seller", event.getString("owner"));
            assertEquals(14, event.getInt("afterDays"));
            assertEquals("io.salespipeline.proposal.DealStalled.v1", first.get(0).header("ce_type"));

            // Activity ends the stall; silence after it is a new one.
            clock.reset();
            given().header(SAM).contentType(ContentType.JSON).body("{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"1\"}")
                    .post("/api/proposals/{id}/lines", draft.id()).then().statusCode(201);
            assertEquals(false, stalledFor(SAM, null).contains(draft.id()));
            clock.moveAhead(Duration.ofDays(15));
            detectTwiceAtOnce();
            List<EventTap.Event> both = stalls.awaitAll(ofDeal.and(e -> !e.value().equals(first.get(0).value())),
                    TIMEOUT, SETTLE);
            assertEquals(1, both.size(), "the second stall, once: " + both);
            assertNotEquals(event.getString("lastActivityAt"),
                    JsonPath.from(both.get(0).value()).getString("lastActivityAt"));
        }
    }

    @Test
    void aSellerMayNotListAnotherSellersStalledDeals() {
        given().header(SAM).queryParam("owner", "sue.seller").get("/api/stalled-deals").then().statusCode(403)
                .contentType("application/problem+json");
        given().header(MAX).queryParam("limit", "0").get("/api/stalled-deals").then().statusCode(400);
    }
}
