package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.salespipeline.infra.testing.EventSender;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** lead-service's LeadMerged as tests publish it: a known person's arrival, keyed and subject by the leadId. */
public final class LeadMergedEvents {

    static final String TOPIC = "sales.lead.merged";
    static final String TYPE = "io.salespipeline.lead.LeadMerged.v1";

    private LeadMergedEvents() {
    }

    /** The event's data; {@code accountId} null: the lead has no account. */
    public static String leadMerged(UUID leadId, UUID arrivalId, UUID accountId) {
        return """
                {"leadId": "%s", "dealId": null, "arrivalId": "%s", "matchedOn": "email", "sourceKind": "WEB_FORM",
                 "receivedBy": "web-form:contact-us", "receivedAt": "2026-12-01T09:12:00Z", "accountId": %s,
                 "somethingNew": {"ignored": true}}"""
                .formatted(leadId, arrivalId, accountId == null ? "null" : "\"" + accountId + "\"");
    }

    /** One partition per lead: a lead's events are read in the order sent. */
    public static void send(String kafka, String eventId, UUID leadId, String json) {
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(TOPIC, eventId, TYPE, leadId, json);
        }
    }

    /** The arrival ids of the customer's notices, oldest first, as a sales manager reads them. */
    public static List<String> arrivalsOf(String customerId) {
        return given().header(DealClosedEvents.MANAGER).queryParam("limit", "500")
                .get("/api/customers/{id}/notices", customerId).then().statusCode(200).extract().jsonPath()
                .getList("items.arrivalId");
    }

    public static void awaitArrival(String customerId, UUID arrivalId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> arrivalsOf(customerId).contains(arrivalId.toString()));
    }

    /** A new person of the account arrives: answers the id of the customer's notice of it, once it is there. */
    public static String arrive(String kafka, String customerId, UUID accountId) {
        UUID leadId = UUID.randomUUID();
        UUID arrivalId = UUID.randomUUID();
        send(kafka, UUID.randomUUID().toString(), leadId, leadMerged(leadId, arrivalId, accountId));
        awaitArrival(customerId, arrivalId);
        return given().header(DealClosedEvents.MANAGER).queryParam("limit", "500")
                .get("/api/customers/{id}/notices", customerId).then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.arrivalId == '" + arrivalId + "' }.id");
    }
}
