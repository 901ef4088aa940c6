package io.salespipeline.fulfillment.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.ErasureEvents;
import io.salespipeline.infra.testing.SalesManagerTest;
import io.salespipeline.fulfillment.api.DealClosedEvents;
import io.salespipeline.fulfillment.api.SurveyMail;
import io.salespipeline.infra.testing.EventTap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class ErasureRequestedConsumerTest extends SalesManagerTest {

    /** A closed deal whose customer's contact is the given person; answers the customer's id. */
    private String customer(UUID dealId, String contactName, String contactEmail) {
        DealClosedEvents.send(kafka(), UUID.randomUUID().toString(), dealId,
                DealClosedEvents.dealClosed(dealId, "Erasable AG", contactName, contactEmail));
        DealClosedEvents.awaitOne("/api/orders", dealId);
        return DealClosedEvents.awaitOne("/api/customers", dealId).getString("id");
    }

    @Test
    void anErasureRequestAnonymisesTheCustomerContactAndKeepsTheAccountAndOrders() {
        UUID dealId = UUID.randomUUID();
        String customerId = customer(dealId, "Eve Customer", "eve@erasable.example");
        // The same person on another deal, found only by the hash of her address; someone else on a third.
        UUID otherDeal = UUID.randomUUID();
        String byAddress = customer(otherDeal, "E. Customer", " Eve@Erasable.example ");
        String someoneElse = customer(UUID.randomUUID(), "Frank Other", "frank@erasable.example");

        UUID erasureId = UUID.randomUUID();
        try (EventTap confirmations = new EventTap(kafka(), ErasureEvents.CONFIRMED)) {
            ErasureEvents.request(kafka(), UUID.randomUUID().toString(), erasureId, "eve@erasable.example",
                    List.of(dealId));
            EventTap.Event confirmation = ErasureEvents.awaitConfirmation(confirmations, erasureId);
            JsonPath data = JsonPath.from(confirmation.value());
            assertEquals(erasureId.toString(), data.getString("erasureId"));
            assertEquals("fulfillment-service", data.getString("service"));
            assertEquals(2, data.getInt("recordsAnonymised"));
        }
        for (String erased : List.of(customerId, byAddress)) {
            given().get("/api/customers/{id}", erased).then().statusCode(200)
                    .body("contactName", equalTo("[erased]")).body("contactEmail", nullValue())
                    .body("company", equalTo("Erasable AG")).body("supportOwner", notNullValue());
        }
        given().get("/api/customers/{id}", customerId).then().body("dealId", equalTo(dealId.toString()));
        given().get("/api/customers/{id}", someoneElse).then().body("contactName", equalTo("Frank Other"))
                .body("contactEmail", equalTo("frank@erasable.example"));
        given().queryParam("dealId", dealId.toString()).get("/api/orders").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].totals.total.amount", equalTo("2130.06"));
    }

    @Test
    void anErasureForgetsTheContactOnTheSurveyLinksWhichNoLongerOpen() {
        UUID dealId = UUID.randomUUID();
        String customerId = customer(dealId, "Gina Surveyed", "gina@erasable.example");
        given().post("/api/customers/{id}/survey-invitations", customerId).then().statusCode(201);
        String page = SurveyMail.pageOf(customerId);
        SurveyMail.anonymously(() -> given().get(page).then().statusCode(200));

        UUID erasureId = UUID.randomUUID();
        try (EventTap confirmations = new EventTap(kafka(), ErasureEvents.CONFIRMED)) {
            ErasureEvents.request(kafka(), UUID.randomUUID().toString(), erasureId, "gina@erasable.example",
                    List.of(dealId));
            JsonPath data = JsonPath.from(ErasureEvents.awaitConfirmation(confirmations, erasureId).value());
            assertEquals(2, data.getInt("recordsAnonymised"), "the customer and its survey link");
        }
        given().get("/api/customers/{id}/survey-links", customerId).then().statusCode(200)
                .body("[0].contactName", equalTo("[erased]")).body("[0].contactEmail", nullValue())
                .body("[0].state", equalTo("REVOKED")).body("[0].revokedBy", equalTo("erasure"));
        SurveyMail.anonymously(() -> given().get(page).then().statusCode(410));
        // An erased contact cannot be reached: no new link.
        given().post("/api/customers/{id}/survey-invitations", customerId).then().statusCode(409);
    }
}
