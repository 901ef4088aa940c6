package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.proposal.api.Drafts.Draft;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versions: a sent proposal is immutable, a revision is version n+1, the history is listed, acceptance names a version. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ProposalRevisionTest {

    // A sales manager works every proposal.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    EntityManager entityManager;

    private static String sentWithLines(Draft draft) {
        Drafts.addLine(draft.id(), "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"40\", \"discountPercent\": \"10\", \"taxRatePercent\": \"19\"}");
        given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(200).body("status", equalTo("SENT"));
        return draft.id();
    }

    @Test
    void aRevisionIsTheNextVersionSupersedesTheSentOneAndOnlyItCanBeAccepted() {
        Draft draft = Drafts.draft(kafka, "PURCHASE_ORDER");
        String v1 = sentWithLines(draft);

        String v2 = given().post("/api/proposals/{id}/revisions", v1).then().statusCode(201)
                .header("Location", containsString("/api/proposals/"))
                .body("version", equalTo(2)).body("status", equalTo("DRAFT"))
                .body("revisedFromId", equalTo(v1)).body("dealId", equalTo(draft.dealId().toString()))
                .body("lines", hasSize(1)).body("lines[0].unitPrice.amount", equalTo("29.00"))
                .body("totals.total.amount", equalTo("1242.36"))
                .body("customer.country", equalTo("GB"))
                .extract().path("id");
        given().get("/api/proposals/{id}", v1).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED")).body("supersededById", equalTo(v2))
                .body("supersededAt", notNullValue());

        // The sent version does not change; the new draft does.
        given().contentType(ContentType.JSON).body("{\"sku\": \"ONBOARD-DAY\", \"quantity\": \"1\"}")
                .post("/api/proposals/{id}/lines", v1).then().statusCode(409).body("currentState", equalTo("SUPERSEDED"));
        Drafts.addLine(v2, "{\"sku\": \"ONBOARD-DAY\", \"quantity\": \"2\", \"taxRatePercent\": \"19\"}");
        given().post("/api/proposals/{id}/sending", v2).then().statusCode(200);

        // Acceptance names the exact version: v1 is superseded, v2 must be named as version 2.
        // v1's link was revoked when it was superseded; v2's link decides on version 2 only.
        CustomerPages.accept(v1, 1).statusCode(410).body("type", endsWith("/customer-link-revoked"));
        CustomerPages.accept(v2, 1).statusCode(409).body(containsString("this proposal is version 2"));
        given().get("/api/proposals/{id}", v2).then().body("status", equalTo("SENT"));
        // Only the latest version can be revised.
        given().post("/api/proposals/{id}/revisions", v1).then().statusCode(409)
                .body("latestVersion", equalTo(2)).body("latestId", equalTo(v2));

        try (EventTap tap = new EventTap(kafka, "sales.proposal.accepted")) {
            CustomerPages.accept(v2, 2).statusCode(200);
            given().get("/api/proposals/{id}", v2).then().body("status", equalTo("ACCEPTED"));
            JsonPath event = JsonPath.from(tap.await(e -> draft.dealId().toString().equals(e.key()),
                    Duration.ofSeconds(30)).value());
            assertEquals(v2, event.getString("proposalId"));
            assertEquals(2, event.getInt("version"));
            assertEquals(2, event.getList("lines").size());
            // 1242.36 + (2 x 1200.00 = 2400.00 + 19% = 456.00) = 4098.36
            assertEquals("4098.36", event.getString("totals.total.amount"));
            assertEquals("GB", event.getString("customer.country")); // the hand-over's, kept by the revision
            // The contact the link was given to accepted: on the wire encrypted with the deal's key, readable here.
            assertTrue(event.getString("acceptedBy").startsWith("pii:v1:"), event.getString("acceptedBy"));
            given().get("/api/proposals/{id}", v2).then().body("acceptedBy", equalTo("Ada Lovelace"));
            assertEquals("PURCHASE_ORDER_QUOTE", event.getString("format"));
            assertEquals("Q-" + draft.dealId().toString().substring(0, 8).toUpperCase() + "-2",
                    event.getString("quoteNumber"));
        }

        List<Integer> versions = given().get("/api/proposals/{id}/revisions", v1).then().statusCode(200)
                .body("$", hasSize(2)).body("[0].status", equalTo("SUPERSEDED"))
                .body("[1].status", equalTo("ACCEPTED")).extract().jsonPath().getList("version", Integer.class);
        assertEquals(List.of(1, 2), versions);
        given().queryParam("dealId", draft.dealId().toString()).get("/api/proposals").then()
                .body("items", hasSize(2));
        given().post("/api/proposals/{id}/revisions", v2).then().statusCode(409).body("currentState", equalTo("ACCEPTED"));
    }

    @Test
    void aDraftIsChangedDirectlyNotRevised() {
        Draft draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        given().post("/api/proposals/{id}/revisions", draft.id()).then().statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo("DRAFT"));
        given().post("/api/proposals/{id}/revisions", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void afterARejectionTheProspectsNewHandOverDraftsTheNextVersionOnItsNewProcurement() {
        Draft draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        String v1 = sentWithLines(draft);
        CustomerPages.reject(v1, 1, "Needs a formal RFP response").statusCode(200);

        // An old hand-over (ready before the rejection) re-delivered under a new id changes nothing ...
        Drafts.send(kafka, UUID.randomUUID().toString(), draft.dealId(),
                Drafts.readyForRfp(draft.dealId(), "Analytical Engines Ltd", "2020-01-01T00:00:00Z"));
        // ... the new one, ready after the rejection, drafts version 2 as a formal proposal with the same lines.
        String readyAt = java.time.Instant.now().plusSeconds(5).toString();
        Drafts.send(kafka, UUID.randomUUID().toString(), draft.dealId(),
                Drafts.readyForRfp(draft.dealId(), "Analytical Engines Ltd", readyAt));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/proposals/{id}/revisions", v1).then().extract()
                        .jsonPath().getList("$").size() == 2);
        given().get("/api/proposals/{id}/revisions", v1).then().statusCode(200)
                .body("[0].status", equalTo("REJECTED"))
                .body("[1].version", equalTo(2)).body("[1].status", equalTo("DRAFT"))
                .body("[1].format", equalTo("FORMAL_PROPOSAL"))
                .body("[1].rfp.reference", equalTo("RFP-2026-114"))
                .body("[1].rfp.deadline", equalTo("2027-01-15"))
                .body("[1].rfp.approvalSteps[1].approver", equalTo("Charles Babbage"))
                .body("[1].lines", hasSize(1));
    }

    @Test
    void aLaterHandOverThatNamesAnotherOwnerHandsEveryVersionToThem_oneWithoutOwnerKeepsIt() {
        Draft draft = Drafts.ownedDraft(kafka, "ONE_PAGE_QUOTE", "sam.seller", "tom.seller");
        String v1 = sentWithLines(draft);
        CustomerPages.reject(v1, 1, "Needs a formal RFP response").statusCode(200);

        // The deal went back to the prospect stage and was reassigned there to sue.
        String readyAt = java.time.Instant.now().plusSeconds(5).toString();
        Drafts.send(kafka, UUID.randomUUID().toString(), draft.dealId(), Drafts.ownedBy(
                Drafts.readyForRfp(draft.dealId(), "Analytical Engines Ltd", readyAt), "sue.seller"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/proposals/{id}/revisions", v1).then().extract()
                        .jsonPath().getList("$").size() == 2);
        given().get("/api/proposals/{id}/revisions", v1).then().statusCode(200)
                .body("version", org.hamcrest.Matchers.contains(1, 2))
                .body("owner", org.hamcrest.Matchers.contains("sue.seller", "sue.seller"))
                .body("sharedWith", org.hamcrest.Matchers.contains(List.of(), List.of()));
        given().header(Tokens.as("sam.seller", Roles.SELLER)).get("/api/proposals/{id}", v1).then().statusCode(404);
        String v2 = given().header(Tokens.as("sue.seller", Roles.SELLER)).queryParam("dealId", draft.dealId().toString())
                .queryParam("status", "DRAFT").get("/api/proposals").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");

        // Rejected again; a hand-over without ownership (an older producer) leaves it as it is.
        given().post("/api/proposals/{id}/sending", v2).then().statusCode(200);
        CustomerPages.reject(v2, 2, "Still too expensive").statusCode(200);
        String laterStill = java.time.Instant.now().plusSeconds(5).toString();
        Drafts.send(kafka, UUID.randomUUID().toString(), draft.dealId(),
                Drafts.readyForRfp(draft.dealId(), "Analytical Engines Ltd", laterStill));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/proposals/{id}/revisions", v1).then().extract()
                        .jsonPath().getList("$").size() == 3);
        given().get("/api/proposals/{id}/revisions", v1).then()
                .body("owner", org.hamcrest.Matchers.contains("sue.seller", "sue.seller", "sue.seller"));
    }

    @Test
    void theScheduledJobExpiresASentProposalPastItsValidityAndAcceptingItIs409() {
        Draft draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        String id = sentWithLines(draft);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update proposal set valid_until = date '" + LocalDate.now(ZoneOffset.UTC).minusDays(1)
                        + "' where id = '" + id + "'").executeUpdate());
        // Nobody touches it: the job (every second in tests) marks it EXPIRED.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> "EXPIRED".equals(given().get("/api/proposals/{id}", id).then().extract().path("status")));
        CustomerPages.accept(id, 1).statusCode(409).body(containsString("EXPIRED"));
        // An expired offer can be revised: a fresh validity.
        given().post("/api/proposals/{id}/revisions", id).then().statusCode(201)
                .body("validUntil", equalTo(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()));
    }
}
