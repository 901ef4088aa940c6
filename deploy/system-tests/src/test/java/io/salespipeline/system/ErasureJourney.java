package io.salespipeline.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;

/**
 * A person whose deal went all the way to an order asks to be forgotten: the request reaches
 * all five services, each anonymises the person and confirms, and the request completes.
 */
final class ErasureJourney {

    private final SalesSystem system;

    ErasureJourney(SalesSystem system) {
        this.system = system;
    }

    /** Erases the person of this deal by their lead id; returns the completed request. */
    JsonPath eraseAndAwaitCompletion(String dealId) {
        String lead = system.uri("lead");
        String leadId = DealJourney.awaitOne(lead, "/api/leads", dealId).getString("id");
        String erasureId = given().baseUri(lead).contentType(ContentType.JSON)
                .body("{\"leadId\": \"" + leadId + "\"}").post("/api/erasure-requests")
                .then().statusCode(202).extract().path("id");
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(
                () -> given().baseUri(lead).get("/api/erasure-requests/{id}", erasureId)
                        .then().statusCode(200).extract().jsonPath(),
                request -> "COMPLETED".equals(request.getString("state")));
    }

    /** Every service shows the deal's records with the person gone and the deal itself intact. */
    void assertPersonGoneEverywhere(String dealId) {
        JsonPath lead = DealJourney.awaitOne(system.uri("lead"), "/api/leads", dealId);
        assertNull(lead.get("contact"));
        assertEquals("WON", lead.getString("status"));
        JsonPath prospect = DealJourney.awaitOne(system.uri("prospect"), "/api/prospects", dealId);
        assertEquals("[erased]", prospect.getString("contact.name"));
        assertNull(prospect.get("contact.email"));
        JsonPath proposal = DealJourney.awaitOne(system.uri("proposal"), "/api/proposals", dealId);
        assertEquals("[erased]", proposal.getString("customer.contactName"));
        assertNull(proposal.get("customer.contactEmail"));
        assertEquals("ACCEPTED", proposal.getString("status"));
        JsonPath contract = DealJourney.awaitOne(system.uri("contract"), "/api/contracts", dealId);
        assertEquals("[erased]", contract.getString("customer.contactName"));
        assertNull(contract.get("customer.contactEmail"));
        assertEquals(2, contract.getList("signatures").size(), "signature evidence kept");
        JsonPath customer = DealJourney.awaitOne(system.uri("fulfillment"), "/api/customers", dealId);
        assertEquals("[erased]", customer.getString("contactName"));
        assertNull(customer.get("contactEmail"));
        DealJourney.awaitOne(system.uri("fulfillment"), "/api/orders", dealId);
    }

    static void assertAllFiveConfirmed(JsonPath request) {
        assertEquals(List.of("lead-service", "prospect-service", "proposal-service", "contract-service",
                "fulfillment-service"), request.getList("confirmations.service"));
        assertEquals(List.of(true, true, true, true, true), request.getList("confirmations.confirmed"));
        for (int i = 0; i < 5; i++) {
            assertEquals(1, request.getInt("confirmations[" + i + "].recordsAnonymised"),
                    request.getString("confirmations[" + i + "].service"));
        }
    }
}
