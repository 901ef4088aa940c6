package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.salespipeline.fulfillment.events.CustomerActionRequested;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.RateLimitChecks;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer answers the satisfaction survey through the survey link their contact is sent when
 * the order is delivered: once, on their own page, with the link, IP and user agent as evidence.
 * Staff never see the token, cannot answer, and list, re-issue and revoke the links; the NPS counts
 * the customers' link answers only.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class SurveyLinkTest {

    private static final Header MANAGER = DealClosedEvents.MANAGER;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private Instant start;
    private String customerId;
    private String dealId;
    private String owner;
    private Header ownerToken;
    private String orderId;

    /** A customer whose first order reaches DELIVERED; its support owner is the one rated. */
    @BeforeEach
    void deliveredOrder() {
        Tokens.signOut();
        start = Instant.now();
        JsonPath customer = DealClosedEvents.closeDeal(kafka, UUID.randomUUID(), "Surveyed GmbH");
        customerId = customer.getString("id");
        dealId = customer.getString("dealId");
        owner = customer.getString("supportOwner");
        ownerToken = Tokens.as(owner, Roles.SUPPORT);
        orderId = given().header(MANAGER).queryParam("customerId", customerId).get("/api/orders").then()
                .extract().path("items[0].id");
        move(orderId, "IN_PROGRESS", "SHIPPED");
        assertEquals(0, SurveyMail.issuedAbout(orderId), "no survey before delivery");
        move(orderId, "DELIVERED");
    }

    private void move(String order, String... statuses) {
        for (String status : statuses) {
            given().header(ownerToken).contentType(ContentType.JSON).body("{\"status\": \"" + status + "\"}")
                    .post("/api/orders/{id}/status", order).then().statusCode(200);
        }
    }

    private JsonPath links() {
        return given().header(ownerToken).get("/api/customers/{id}/survey-links", customerId).then().statusCode(200)
                .extract().jsonPath();
    }

    private void assertNoScore() {
        given().header(MANAGER).queryParam("from", start.toString()).get("/api/support-owners/{name}/nps", owner)
                .then().statusCode(200).body("responses", equalTo(0)).body("nps", nullValue());
        given().header(MANAGER).get("/api/customers/{id}", customerId).then().body("latestSurvey", nullValue());
        given().header(MANAGER).get("/api/customers/{id}/surveys", customerId).then().body("items", empty());
    }

    private static Response open(String page, String accept) {
        return SurveyMail.anonymously(() -> given().accept(accept).get(page));
    }

    @Test
    void deliveryIssuesTheSurveyLinkAndTheCustomerAnswersOnceThroughIt() {
        // The link goes to the contact only, in the event whatever sends e-mail reads.
        JsonPath event = outboxEvent(orderId);
        assertEquals("SURVEY", event.getString("purpose"));
        assertEquals(dealId, event.getString("dealId"));
        assertEquals(dealId, event.getString("contactId"));
        assertTrue(event.getString("contactEmail").startsWith("pii:v1:"), "the address travels encrypted");
        assertEquals(owner + " (support)", event.getString("requestedBy"));
        String page = SurveyMail.pageOf(orderId);
        assertTrue(page.matches("/customer/survey/[A-Za-z0-9_-]{43}"), page);
        // Staff see the link, never its token or URL.
        JsonPath links = links();
        assertEquals(List.of(orderId), links.getList("recordId"));
        assertEquals("LIVE", links.getString("[0].state"));
        assertEquals("SURVEY", links.getString("[0].purpose"));
        String linkId = links.getString("[0].id");
        String listed = given().header(ownerToken).get("/api/customers/{id}/survey-links", customerId).asString();
        assertFalse(listed.contains(page.substring(page.lastIndexOf('/') + 1)), "no token in " + listed);

        open(page, "text/html").then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "same-origin")
                .body(containsString("How likely are you to recommend us")).body(containsString("PO-4711"))
                .body(containsString("Pro licence")).body(containsString("Surveyed GmbH"));

        SurveyMail.answerAt(page, "9", "Smooth onboarding").then().statusCode(200)
                .body(containsString("Thank you: your answer is recorded."));

        // One answer per order: the link is spent; the page says so, as does the problem for a client.
        SurveyMail.answerAt(page, "0", "changed my mind").then().statusCode(410)
                .contentType("application/problem+json").body("type", endsWith("/customer-link-used"));
        open(page, "text/html").then().statusCode(410).contentType(containsString("text/html"))
                .body(containsString("Link already used"));
        given().header(ownerToken).post("/api/orders/{id}/survey-invitations", orderId).then().statusCode(409)
                .body("currentState", equalTo("DELIVERED"));
        given().header(ownerToken).post("/api/customers/{id}/survey-links/{linkId}/reissue", customerId, linkId).then()
                .statusCode(409);

        given().header(MANAGER).get("/api/customers/{id}/surveys", customerId).then().body("items", hasSize(1))
                .body("items[0].score", equalTo(9)).body("items[0].comment", equalTo("Smooth onboarding"))
                .body("items[0].orderId", equalTo(orderId)).body("items[0].fromCustomer", equalTo(true))
                .body("items[0].supportOwner", equalTo(owner))
                .body("items[0].submittedBy", equalTo("customer-link:" + linkId))
                .body("items[0].evidence.linkId", equalTo(linkId))
                .body("items[0].evidence.ipAddress", equalTo(SurveyMail.CUSTOMER_IP))
                .body("items[0].evidence.userAgent", containsString("iPhone"));
        given().header(MANAGER).queryParam("from", start.toString()).get("/api/support-owners/{name}/nps", owner)
                .then().body("responses", equalTo(1)).body("promoters", equalTo(1)).body("nps", equalTo("100.0"));
        given().header(MANAGER).get("/api/customers/{id}", customerId).then().body("latestSurvey.score", equalTo(9))
                .body("latestSurvey.at", notNullValue());
        assertEquals("USED", links().getString("[0].state"));
    }

    @Test
    void theSupportOwnerBeingRatedCannotAnswerTheirCustomersSurvey() {
        // Inviting gives staff the link without its token or URL.
        given().header(ownerToken).post("/api/customers/{id}/survey-invitations", customerId).then().statusCode(201)
                .header("Location", endsWith("/api/customers/" + customerId + "/survey-links/"
                        + links().getString("[0].id")))
                .body("recordId", equalTo(customerId)).body("state", equalTo("LIVE"))
                .body("url", nullValue()).body("token", nullValue());
        // The old answer endpoint refuses everyone, whatever the token: the customer answers on their page.
        String token = SurveyMail.pageOf(orderId).substring("/customer/survey/".length());
        for (Header caller : new Header[] {ownerToken, MANAGER, Tokens.as("sam.seller", Roles.SELLER)}) {
            given().header(caller).contentType(ContentType.JSON).body("{\"score\": 10, \"comment\": \"Best support ever\"}")
                    .post("/api/survey-responses/{token}", token).then().statusCode(403)
                    .contentType("application/problem+json").body("type", endsWith("/customer-act"));
        }
        SurveyMail.anonymously(() -> given().contentType(ContentType.JSON).body("{\"score\": 10}")
                .post("/api/survey-responses/{token}", token).then().statusCode(403));
        // Staff-posted surveys do not exist: the order's path is unknown (404), the customer's takes only GET (405).
        for (String path : new String[] {"/api/orders/{id}/surveys", "/api/customers/{id}/surveys"}) {
            String id = path.startsWith("/api/orders") ? orderId : customerId;
            int status = given().header(ownerToken).contentType(ContentType.JSON)
                    .body("{\"score\": 10, \"comment\": \"Best support ever\"}").post(path, id).then()
                    .contentType("application/problem+json").extract().statusCode();
            assertTrue(status == 404 || status == 405, path + " answered " + status);
        }
        assertNoScore();
        assertEquals("LIVE", links().getString("find { it.recordId == '" + orderId + "' }.state"));
    }

    @Test
    void expiredRevokedAndUnknownLinksAnswerProblemPages() {
        String delivered = SurveyMail.pageOf(orderId);
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("update customer_link set expires_at = now() - interval '1 second' where record_id = ?1")
                .setParameter(1, UUID.fromString(orderId)).executeUpdate());
        open(delivered, "text/html").then().statusCode(410).contentType(containsString("text/html"))
                .header("Cache-Control", "no-store").body(containsString("Link expired"));
        SurveyMail.answerAt(delivered, "10", null).then().statusCode(410).body("type", endsWith("/customer-link-expired"));
        assertEquals("EXPIRED", links().getString("[0].state"));

        // Re-issued: a new live link, the expired one stays expired.
        String expiredId = links().getString("[0].id");
        given().header(ownerToken).post("/api/customers/{id}/survey-links/{linkId}/reissue", customerId, expiredId).then()
                .statusCode(200).body("state", equalTo("LIVE")).body("recordId", equalTo(orderId))
                .body("url", nullValue());
        String reissued = SurveyMail.pageOf(orderId);
        open(reissued, "text/html").then().statusCode(200);

        // Revoked: its page answers 410, and answering changes nothing.
        String liveId = links().getString("find { it.state == 'LIVE' }.id");
        given().header(ownerToken).post("/api/customers/{id}/survey-links/{linkId}/revocation", customerId, liveId)
                .then().statusCode(200).body("state", equalTo("REVOKED")).body("revokedBy", equalTo(owner + " (support)"));
        open(reissued, "text/html").then().statusCode(410).body(containsString("Link withdrawn"));
        SurveyMail.answerAt(reissued, "10", null).then().statusCode(410).body("type", endsWith("/customer-link-revoked"));

        open("/customer/survey/" + "A".repeat(43), "text/html").then().statusCode(404).body(containsString("Link not found"));
        open("/customer/survey/not-a-token", "*/*").then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/customer-link-not-found"));
        assertNoScore();
    }

    @Test
    void staffManageOnlyTheirOwnCustomersLinks() {
        String linkId = links().getString("[0].id");
        String someoneElse = owner.equals("ana.support") ? "ben.support" : "ana.support";
        Header other = Tokens.as(someoneElse, Roles.SUPPORT);
        given().header(other).get("/api/customers/{id}/survey-links", customerId).then().statusCode(404);
        given().header(other).post("/api/customers/{id}/survey-links/{linkId}/revocation", customerId, linkId).then()
                .statusCode(404);
        given().header(other).post("/api/orders/{id}/survey-invitations", orderId).then().statusCode(404);
        given().header(Tokens.as("sam.seller", Roles.SELLER)).get("/api/customers/{id}/survey-links", customerId)
                .then().statusCode(403);
        // A link of another customer is not found under this one.
        JsonPath second = DealClosedEvents.closeDeal(kafka, UUID.randomUUID(), "Other Survey Ltd");
        given().header(MANAGER).post("/api/customers/{id}/survey-invitations", second.getString("id")).then()
                .statusCode(201);
        String othersLink = given().header(MANAGER).get("/api/customers/{id}/survey-links", second.getString("id"))
                .then().extract().path("[0].id");
        given().header(MANAGER).get("/api/customers/{id}/survey-links/{linkId}", customerId, othersLink).then()
                .statusCode(404);
        given().header(MANAGER).get("/api/customers/{id}/survey-links/{linkId}", customerId, linkId).then()
                .statusCode(200).body("id", equalTo(linkId));
        assertEquals("LIVE", links().getString("[0].state"));
    }

    @Test
    void eachDeliveredOrderKeepsItsOwnLiveLink() {
        String later = given().header(ownerToken).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "currency": "EUR", "lines": [{"sku": "ONB", "name": "Onboarding",
                 "quantity": "1", "unitPrice": {"amount": "100.00", "currency": "EUR"}}]}""".formatted(customerId))
                .post("/api/orders").then().statusCode(201).extract().path("id");
        move(later, "IN_PROGRESS", "SHIPPED", "DELIVERED");
        // A relationship survey too: three links of one deal, all live.
        given().header(MANAGER).post("/api/customers/{id}/survey-invitations", customerId).then().statusCode(201);
        JsonPath links = links();
        assertEquals(3, links.getList("").size());
        assertEquals(List.of("LIVE", "LIVE", "LIVE"), links.getList("state"));

        SurveyMail.answer(orderId, 10, "first");
        SurveyMail.answer(later, 6, "second");
        SurveyMail.answer(customerId, 8, null);
        given().header(MANAGER).queryParam("from", start.toString()).get("/api/support-owners/{name}/nps", owner)
                .then().body("responses", equalTo(3)).body("promoters", equalTo(1)).body("detractors", equalTo(1))
                .body("nps", equalTo("0.0"));
    }

    @Test
    void theNpsCountsOnlyTheCustomersLinkAnswers() {
        // An answer given before survey links (an invitation's token was handed to staff) is listed but counts nowhere.
        UUID customer = UUID.fromString(customerId);
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager db = Arc.container().instance(EntityManager.class).get();
            UUID invitation = UUID.randomUUID();
            db.createNativeQuery("insert into survey_invitation (id, customer_id, order_id, token_hash, issued_by, "
                    + "issued_at, expires_at, answered_at) values (?1, ?2, null, null, ?3, now(), now(), now())")
                    .setParameter(1, invitation).setParameter(2, customer).setParameter(3, owner + " (support)")
                    .executeUpdate();
            db.createNativeQuery("insert into survey (id, customer_id, order_id, invitation_id, score, comment, "
                    + "support_owner, submitted_by, submitted_at) values (?1, ?2, null, ?3, 10, 'Best support ever', ?4, "
                    + "?5, now())").setParameter(1, UUID.randomUUID()).setParameter(2, customer)
                    .setParameter(3, invitation).setParameter(4, owner)
                    .setParameter(5, "customer (survey invitation " + invitation + ")").executeUpdate();
        });
        given().header(MANAGER).get("/api/customers/{id}/surveys", customerId).then().body("items", hasSize(1))
                .body("items[0].fromCustomer", equalTo(false)).body("items[0].evidence", nullValue());
        given().header(MANAGER).queryParam("from", start.toString()).get("/api/support-owners/{name}/nps", owner)
                .then().body("responses", equalTo(0)).body("nps", nullValue());

        SurveyMail.answer(orderId, 3, "Late");
        given().header(MANAGER).queryParam("from", start.toString()).get("/api/support-owners/{name}/nps", owner)
                .then().body("responses", equalTo(1)).body("detractors", equalTo(1)).body("nps", equalTo("-100.0"));
        given().header(MANAGER).queryParam("from", start.toString()).get("/api/support-owners").then()
                .body("items.find { it.name == '" + owner + "' }.responses", equalTo(1));
    }

    @Test
    void answersAreRateLimitedPerClientAddress() {
        // The 20 per minute of the configured rule, each an unknown link (404), then 429.
        Response flooded = RateLimitChecks.flood(20, 404, () -> SurveyMail.anonymously(() -> given()
                .header("X-Forwarded-For", "203.0.113.66").contentType("application/x-www-form-urlencoded")
                .formParam("score", "5").post("/customer/survey/{token}/answer", "A".repeat(43))));
        flooded.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        // Another client is not held back.
        SurveyMail.answerAt(SurveyMail.pageOf(orderId), "8", null).then().statusCode(200);
    }

    /** The data of the latest CustomerActionRequested about the record, as stored for the relay. */
    private static JsonPath outboxEvent(String recordId) {
        Object payload = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select cast(payload as text) from outbox_message where event_type = ?1 "
                        + "and payload->>'recordId' = ?2 order by position desc limit 1")
                .setParameter(1, CustomerActionRequested.TYPE).setParameter(2, recordId).getSingleResult());
        return JsonPath.from((String) payload);
    }
}
