package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A known person of a customer's company arriving again at lead-service (sales.lead.merged naming
 * the customer's account) becomes one support notice for the customer's support owner, who (or a
 * sales manager) acknowledges it; each notice is published once. Repeats, arrivals without an
 * account and arrivals at accounts that are no customer here add nothing.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class SupportNoticesTest {

    private static final Header MANAGER = DealClosedEvents.MANAGER;
    private static final List<String> ROSTER = List.of("ana.support", "ben.support", "chen.support");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signOut() {
        Tokens.signOut();
    }

    private void send(String eventId, UUID leadId, String json) {
        LeadMergedEvents.send(kafka, eventId, leadId, json);
    }

    @Test
    void aKnownPersonOfACustomerArrivingAgainIsOneNoticeForItsSupportOwner() {
        try (EventTap raised = new EventTap(kafka, "fulfillment.customer.support-notice-raised")) {
            noticeOncePerArrival(raised);
        }
    }

    private void noticeOncePerArrival(EventTap raised) {
        UUID accountId = UUID.randomUUID();
        UUID dealId = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId,
                DealClosedEvents.forAccount(DealClosedEvents.dealClosed(dealId, "Notice Engines Ltd"), accountId));
        JsonPath customer = DealClosedEvents.awaitOne("/api/customers", dealId);
        String customerId = customer.getString("id");
        String owner = customer.getString("supportOwner");
        Header ownerToken = Tokens.as(owner, Roles.SUPPORT);
        Header stranger = Tokens.as(ROSTER.stream().filter(name -> !name.equals(owner)).findFirst().orElseThrow(),
                Roles.SUPPORT);

        UUID leadId = UUID.randomUUID();
        UUID arrival = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        send(eventId, leadId, LeadMergedEvents.leadMerged(leadId, arrival, accountId));
        LeadMergedEvents.awaitArrival(customerId, arrival);

        // Redelivered, told again under another event id, without an account, of an unknown account:
        // nothing more. The last arrival, behind them on the lead's partition, shows they were read.
        send(eventId, leadId, LeadMergedEvents.leadMerged(leadId, arrival, accountId));
        send(UUID.randomUUID().toString(), leadId, LeadMergedEvents.leadMerged(leadId, arrival, accountId));
        UUID withoutAccount = UUID.randomUUID();
        send(UUID.randomUUID().toString(), leadId, LeadMergedEvents.leadMerged(leadId, withoutAccount, null));
        UUID unknownAccount = UUID.randomUUID();
        send(UUID.randomUUID().toString(), leadId, LeadMergedEvents.leadMerged(leadId, unknownAccount, UUID.randomUUID()));
        UUID later = UUID.randomUUID();
        send(UUID.randomUUID().toString(), leadId, LeadMergedEvents.leadMerged(leadId, later, accountId));
        LeadMergedEvents.awaitArrival(customerId, later);
        assertEquals(List.of(arrival.toString(), later.toString()), LeadMergedEvents.arrivalsOf(customerId));
        given().header(MANAGER).queryParam("limit", "500").get("/api/support-notices").then().statusCode(200)
                .body("items.arrivalId", not(hasItem(withoutAccount.toString())))
                .body("items.arrivalId", not(hasItem(unknownAccount.toString())));

        // The support owner's open notices hold it, with what arrived and nothing about who.
        JsonPath notice = given().header(ownerToken).queryParam("status", "OPEN").queryParam("limit", "500")
                .get("/api/support-notices").then().statusCode(200).body("items.status", everyItem(equalTo("OPEN")))
                .extract().jsonPath().setRootPath("items.find { it.arrivalId == '" + arrival + "' }");
        assertEquals(customerId, notice.getString("customerId"));
        assertEquals(owner, notice.getString("supportOwner"));
        assertEquals(leadId.toString(), notice.getString("leadId"));
        assertEquals("email", notice.getString("matchedOn"));
        assertEquals("WEB_FORM", notice.getString("sourceKind"));
        assertEquals("2026-12-01T09:12:00Z", notice.getString("receivedAt"));
        String noticeId = notice.getString("id");

        // Each notice is published once, keyed by the customer's deal, for whatever tells the support owner.
        List<EventTap.Event> published = raised.awaitAll(e -> dealId.toString().equals(e.key()),
                Duration.ofSeconds(30), Duration.ofSeconds(2));
        assertEquals(2, published.size(), published.toString());
        assertEquals("io.salespipeline.fulfillment.SupportNoticeRaised.v1", published.get(0).header("ce_type"));
        JsonPath event = JsonPath.from(published.get(0).value());
        assertEquals(noticeId, event.getString("noticeId"));
        assertEquals(owner, event.getString("supportOwner"));
        assertEquals(arrival.toString(), event.getString("arrivalId"));
        assertEquals(leadId.toString(), event.getString("leadId"));
        assertEquals(customerId, event.getString("customerId"));
        given().header(stranger).queryParam("limit", "500").get("/api/support-notices").then().statusCode(200)
                .body("items.id", not(hasItem(noticeId)));
        given().header(stranger).get("/api/customers/{id}/notices", customerId).then().statusCode(404);

        // Only the support owner or a sales manager acknowledges it; twice is the same answer.
        given().header(stranger).post("/api/support-notices/{id}/acknowledgement", noticeId).then().statusCode(403)
                .contentType("application/problem+json");
        given().header(Tokens.as("sam.seller", Roles.SELLER)).post("/api/support-notices/{id}/acknowledgement",
                noticeId).then().statusCode(403);
        JsonPath acknowledged = given().header(ownerToken).post("/api/support-notices/{id}/acknowledgement", noticeId)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo(owner + " (support)")).extract().jsonPath();
        given().header(MANAGER).post("/api/support-notices/{id}/acknowledgement", noticeId).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo(owner + " (support)"))
                .body("acknowledgedAt", equalTo(acknowledged.getString("acknowledgedAt")));
        given().header(ownerToken).post("/api/support-notices/{id}/acknowledgement", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");

        given().header(ownerToken).queryParam("status", "ACKNOWLEDGED").get("/api/customers/{id}/notices", customerId)
                .then().statusCode(200).body("items.id", contains(noticeId));
        given().header(ownerToken).queryParam("status", "OPEN").get("/api/customers/{id}/notices", customerId)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].arrivalId", equalTo(later.toString()))
                .body("items[0].acknowledgedAt", nullValue());
        given().header(ownerToken).queryParam("status", "SEEN").get("/api/support-notices").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
