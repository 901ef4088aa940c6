package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The seller hands the customer over: DealClosed's owner and briefing (what the seller learned and
 * promised) are kept with the customer, shown to its support owner, and the seller who closed the
 * deal reads that customer and its orders, and no other.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class SellerHandOverTest {

    private static final Header SAM = Tokens.as("sam.seller", Roles.SELLER);
    private static final Header SUE = Tokens.as("sue.seller", Roles.SELLER);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    /** A DealClosed as contract-service publishes it now: with the deal's owner and the briefing. */
    static String briefed(UUID dealId, String company, String owner) {
        return DealClosedEvents.dealClosed(dealId, company).replace("\"somethingNew\"", """
                "owner": "%s", "sharedWith": ["sid.seller"],
                "briefing": {
                  "profile": {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B components",
                              "procurement": "FORMAL_RFP", "cultureNotes": "ignored"},
                  "applications": [{"applicationId": "0193a3c5-8a9b-7c0d-9e1f-2a3b4c5d6e7f", "product": "Pipeline CRM",
                                    "costSaving": {"amount": "24000.00", "currency": "EUR"}, "timeSavingHours": "40",
                                    "period": "YEAR"}],
                  "specialTerms": [{"source": "PROPOSAL", "term": "discount", "text": "10%% off Pro licence (LIC-PRO), line 1"},
                                   {"source": "CONTRACT", "term": "paymentTerms", "text": "30 days net"}]},
                "somethingNew\"""".formatted(owner));
    }

    @Test
    void theSupportOwnerSeesWhatTheSellerLearnedAndPromised() {
        UUID dealId = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId, briefed(dealId, "Briefed GmbH",
                "sam.seller"));
        String customerId = DealClosedEvents.closeDealAwaited(dealId);

        JsonPath customer = given().header(DealClosedEvents.supportOwnerOf(customerId))
                .get("/api/customers/{id}", customerId).then().statusCode(200).extract().jsonPath();
        assertEquals("sam.seller", customer.getString("seller"));
        assertEquals("Manufacturing", customer.getString("briefing.profile.industry"));
        assertEquals("200-500", customer.getString("briefing.profile.companySize"));
        assertEquals("B2B components", customer.getString("briefing.profile.businessModel"));
        assertEquals("FORMAL_RFP", customer.getString("briefing.profile.procurement"));
        assertEquals("Pipeline CRM", customer.getString("briefing.applications[0].product"));
        assertEquals("24000.00", customer.getString("briefing.applications[0].costSaving.amount"));
        assertEquals("EUR", customer.getString("briefing.applications[0].costSaving.currency"));
        assertEquals("40", customer.getString("briefing.applications[0].timeSavingHours"));
        assertEquals("YEAR", customer.getString("briefing.applications[0].period"));
        assertEquals("PROPOSAL", customer.getString("briefing.specialTerms[0].source"));
        assertEquals("10% off Pro licence (LIC-PRO), line 1", customer.getString("briefing.specialTerms[0].text"));
        assertEquals("paymentTerms", customer.getString("briefing.specialTerms[1].term"));
        assertEquals("30 days net", customer.getString("briefing.specialTerms[1].text"));
    }

    @Test
    void anEventWithoutOwnerOrBriefingMakesACustomerWithNeither() {
        UUID dealId = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId,
                DealClosedEvents.dealClosed(dealId, "Untold Ltd"));
        JsonPath customer = DealClosedEvents.awaitOne("/api/customers", dealId);
        assertNull(customer.get("seller"));
        assertNull(customer.get("briefing"));
    }

    @Test
    void theSellerWhoClosedTheDealReadsTheCustomerItsOrdersAndSupportOwnerAndNoOther() {
        UUID samsDeal = UUID.randomUUID();
        UUID suesDeal = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), samsDeal, briefed(samsDeal, "Sams Ltd",
                "sam.seller"));
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), suesDeal, briefed(suesDeal, "Sues Ltd",
                "sue.seller"));
        String samsCustomer = DealClosedEvents.closeDealAwaited(samsDeal);
        String suesCustomer = DealClosedEvents.closeDealAwaited(suesDeal);
        String samsOrder = DealClosedEvents.awaitOne("/api/orders", samsDeal).getString("id");
        String suesOrder = DealClosedEvents.awaitOne("/api/orders", suesDeal).getString("id");
        String supportOwner = given().header(DealClosedEvents.MANAGER).get("/api/customers/{id}", samsCustomer)
                .then().extract().path("supportOwner");

        given().header(SAM).get("/api/customers/{id}", samsCustomer).then().statusCode(200)
                .body("supportOwner", equalTo(supportOwner)).body("seller", equalTo("sam.seller"))
                .body("briefing.applications", hasSize(1));
        given().header(SAM).get("/api/orders/{id}", samsOrder).then().statusCode(200)
                .body("customerId", equalTo(samsCustomer));
        given().header(SAM).queryParam("dealId", samsDeal.toString()).get("/api/customers").then().statusCode(200)
                .body("items", hasSize(1));
        given().header(SAM).queryParam("customerId", samsCustomer).get("/api/orders").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(samsOrder));

        // Another seller's customer is not there for Sam, exactly like a missing one.
        given().header(SAM).get("/api/customers/{id}", suesCustomer).then().statusCode(404);
        given().header(SAM).get("/api/orders/{id}", suesOrder).then().statusCode(404);
        given().header(SAM).queryParam("dealId", suesDeal.toString()).get("/api/customers").then().statusCode(200)
                .body("items", hasSize(0));
        given().header(SAM).queryParam("dealId", suesDeal.toString()).get("/api/orders").then().statusCode(200)
                .body("items", hasSize(0));
        // The deal was shared with Sid, but only the seller who closed it reads the customer.
        given().header(Tokens.as("sid.seller", Roles.SELLER)).get("/api/customers/{id}", samsCustomer).then()
                .statusCode(404);
        given().header(SUE).get("/api/customers/{id}", suesCustomer).then().statusCode(200);

        // Reading is all: the support owner's work stays theirs.
        given().header(SAM).contentType("application/json").body("{\"status\": \"IN_PROGRESS\"}")
                .post("/api/orders/{id}/status", samsOrder).then().statusCode(403);
        given().header(SAM).contentType("application/json")
                .body("{\"supportOwner\": \"ben.support\", \"reason\": \"mine\"}")
                .post("/api/customers/{id}/support-owner", samsCustomer).then().statusCode(403);
        given().header(SAM).get("/api/customers/{id}/surveys", samsCustomer).then().statusCode(403);
    }
}
