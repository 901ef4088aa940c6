package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.PrometheusText;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Across the stages in fulfillment-service: the first order is the deal's fulfilment stage; its figures; the order's audit trail. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class FulfillmentAcrossStagesTest {

    // The customer's support owner moves orders on; a sales manager reads the funnel and the audit trail.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    String firstOrder() {
        UUID dealId = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId, DealClosedEvents.dealClosed(dealId, "Stage GmbH"));
        return DealClosedEvents.awaitOne("/api/orders", dealId).getString("id");
    }

    static void move(String order, String... statuses) {
        String customerId = given().get("/api/orders/{id}", order).then().extract().path("customerId");
        io.restassured.http.Header owner = DealClosedEvents.supportOwnerOf(customerId);
        for (String status : statuses) {
            given().header(owner).contentType(ContentType.JSON).body("{\"status\": \"" + status + "\"}")
                    .post("/api/orders/{id}/status", order).then().statusCode(200);
        }
    }

    @Test
    void completedFirstOrdersLeaveForwardCancelledOnesEndAndTheFiguresAddUp() {
        JsonPath before = figures();
        double enteredMeter = meter("sales_stage_entered_total");
        String completed = firstOrder();
        move(completed, "IN_PROGRESS", "SHIPPED", "DELIVERED", "COMPLETED");
        String cancelled = firstOrder();
        move(cancelled, "CANCELLED");
        String inProgress = firstOrder();
        move(inProgress, "IN_PROGRESS");

        JsonPath after = figures();
        assertEquals(before.getLong("entered") + 3, after.getLong("entered"));
        assertEquals(before.getLong("leftForward") + 1, after.getLong("leftForward"));
        assertEquals(before.getLong("ended") + 1, after.getLong("ended"));
        assertEquals(before.getLong("lost"), after.getLong("lost"));
        assertEquals(before.getLong("stillInStage") + 1, after.getLong("stillInStage"));
        assertEquals(enteredMeter + 3, meter("sales_stage_entered_total"));

        // Every status change of the order is in its audit trail, with the request that caused it.
        given().queryParam("recordId", completed).get("/api/audit").then().statusCode(200)
                .body("items.findAll { it.recordType == 'Order' }.changes.flatten().to", hasItem("COMPLETED"))
                .body("items.cause", hasItem("POST /api/orders/" + completed + "/status"))
                .body("items.findAll { it.recordType == 'StatusChange' }.size()", equalTo(5));
    }

    private static JsonPath figures() {
        return given().queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2100-01-01T00:00:00Z")
                .get("/api/stage-metrics").then().statusCode(200).body("stage", equalTo("FULFILLMENT"))
                .extract().jsonPath();
    }

    private static double meter(String name) {
        return PrometheusText.value(given().get("/q/metrics").then().extract().asString(), name,
                "stage=\"FULFILLMENT\"");
    }
}
