package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Later orders, reassignment, surveys and NPS, against the real database and broker. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class CustomerCareTest {

    // Each test acts as the support owner the new customer was handed to (see customer()).
    @BeforeEach
    void signOut() {
        Tokens.signOut();
    }

    private static final io.restassured.http.Header MANAGER = DealClosedEvents.MANAGER;

    private static final String LATER_ORDER = """
            {"customerId": "%s", "poNumber": "PO-2", "requestedDeliveryDate": "2027-02-01", "currency": "EUR",
             "lines": [
               {"sku": "LIC-PRO", "name": "Pro licence", "unit": "seat", "quantity": "3",
                "unitPrice": {"amount": "199.99", "currency": "EUR"}, "discountPercent": "10", "taxRatePercent": "19"},
               {"sku": "ONB", "quantity": "1", "unitPrice": {"amount": "1250.00", "currency": "EUR"},
                "taxRatePercent": "19"}]}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    /** A new customer of a closed deal; from then on the test acts as its support owner. */
    private JsonPath customer(String company) {
        JsonPath customer = DealClosedEvents.closeDeal(kafka, UUID.randomUUID(), company);
        Tokens.signIn(customer.getString("supportOwner"), Roles.SUPPORT);
        return customer;
    }

    private static void move(String orderId, String... statuses) {
        for (String status : statuses) {
            given().contentType(ContentType.JSON).body("{\"status\": \"" + status + "\"}")
                    .post("/api/orders/{id}/status", orderId).then().statusCode(200);
        }
    }

    /** Invites the customer (as the signed-in staff member): the link goes to the contact, not to staff. */
    private static void invite(String path, String id) {
        given().post(path, id).then().statusCode(201).body("url", nullValue()).body("token", nullValue());
    }

    @Test
    void anExistingCustomerPlacesALaterOrderPricedHereAndItsReceiptIsPublished() {
        JsonPath customer = customer("Later Orders Ltd");
        String customerId = customer.getString("id");
        String dealId = customer.getString("dealId");
        try (EventTap tap = new EventTap(kafka, "fulfillment.order.status-changed")) {
            String orderId = given().contentType(ContentType.JSON).body(LATER_ORDER.formatted(customerId))
                    .post("/api/orders").then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/api/orders/"))
                    .body("kind", equalTo("FOLLOW_UP")).body("status", equalTo("RECEIVED"))
                    .body("customerId", equalTo(customerId)).body("dealId", equalTo(dealId))
                    .body("contractId", nullValue()).body("poNumber", equalTo("PO-2"))
                    .body("lines[0].net.amount", equalTo("539.97")).body("lines[1].name", equalTo("ONB"))
                    .body("totals.total.amount", equalTo("2130.06"))
                    .body("statusHistory", hasSize(1)).body("statusHistory[0].from", nullValue())
                    .extract().path("id");
            JsonPath event = JsonPath.from(tap.await(e -> e.value().contains(orderId), Duration.ofSeconds(30)).value());
            assertNull(event.getString("from"));
            assertEquals("RECEIVED", event.getString("to"));
            assertEquals(customerId, event.getString("customerId"));
        }
        given().queryParam("customerId", customerId).get("/api/orders").then().body("items", hasSize(2));
    }

    @Test
    void aBadLaterOrderAnswers400AndCreatesNothing() {
        String customerId = customer("Bad Orders Ltd").getString("id");
        for (String body : new String[] {
            LATER_ORDER.formatted(customerId).replace("\"quantity\": \"3\"", "\"quantity\": \"0\""),
            LATER_ORDER.formatted(customerId).replace("\"currency\": \"EUR\",\n", "\"currency\": \"XYZ\",\n"),
            LATER_ORDER.formatted(customerId).replace("\"discountPercent\": \"10\"", "\"discountPercent\": \"150\""),
            "{\"customerId\": \"" + customerId + "\", \"currency\": \"EUR\", \"lines\": []}",
            "{\"currency\": \"EUR\", \"lines\": [{\"sku\": \"X\", \"quantity\": \"1\"}]}",
            "{\"customerId\": \"" + customerId + "\", \"currency\": \"EUR\", \"lines\": [{\"sku\": \"X\", \"quantity\": \"1\"}]}"}) {
            given().contentType(ContentType.JSON).body(body).post("/api/orders").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        // A customer that does not exist (or is another support owner's) is not found.
        given().contentType(ContentType.JSON).body(LATER_ORDER.formatted(UUID.randomUUID())).post("/api/orders")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("customerId", customerId).get("/api/orders").then().body("items", hasSize(1));
    }

    @Test
    void decimalsOutOfBoundsAnswer400NamingTheFieldBeforeAnyArithmetic() {
        String customerId = customer("Huge Numbers Ltd").getString("id");
        String order = LATER_ORDER.formatted(customerId);
        String[][] refused = {
            {order.replace("\"quantity\": \"3\"", "\"quantity\": \"1e-5000000\""), "lines[0].quantity"},
            {order.replace("\"quantity\": \"3\"", "\"quantity\": \"1e5000000\""), "lines[0].quantity"},
            {order.replace("\"quantity\": \"3\"", "\"quantity\": 1e300000000"), "lines[0].quantity"},
            {order.replace("\"quantity\": \"3\"", "\"quantity\": \"0.0000000000001\""), "lines[0].quantity"},
            {order.replace("\"discountPercent\": \"10\"", "\"discountPercent\": \"1e-5000000\""),
                "lines[0].discountPercent"},
            {order.replace("\"amount\": \"1250.00\"", "\"amount\": \"1e300000000\""), "lines[1].unitPrice.amount"},
            {order.replace("\"amount\": \"1250.00\"", "\"amount\": \"" + "9".repeat(31) + "\""),
                "lines[1].unitPrice.amount"}};
        for (String[] body : refused) {
            given().contentType(ContentType.JSON).body(body[0]).post("/api/orders").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/invalid-request"))
                    .body("errors[0].field", equalTo(body[1]));
        }
        given().queryParam("customerId", customerId).get("/api/orders").then().body("items", hasSize(1));
    }

    @Test
    void aReassignmentIsAuditedWithWhoWhenFromToAndWhy() {
        JsonPath customer = customer("Reassigned Ltd");
        String id = customer.getString("id");
        String from = customer.getString("supportOwner");
        String to = from.equals("ben.support") ? "chen.support" : "ben.support";
        given().contentType(ContentType.JSON).body("{\"supportOwner\": \"" + to + "\", \"reason\": \"Speaks German\"}")
                .post("/api/customers/{id}/support-owner", id).then().statusCode(200).body("supportOwner", equalTo(to));
        // The former owner no longer sees the customer; a sales manager reads its history.
        given().get("/api/customers/{id}", id).then().statusCode(404);
        given().header(MANAGER).get("/api/customers/{id}/support-owner/history", id).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].from", nullValue()).body("items[0].to", equalTo(from))
                .body("items[0].rule", equalTo("FEWEST_CUSTOMERS"))
                .body("items[1].from", equalTo(from)).body("items[1].to", equalTo(to))
                .body("items[1].reason", equalTo("Speaks German")).body("items[1].by", equalTo(from + " (support)"))
                .body("items[1].at", notNullValue()).body("items[1].rule", nullValue());

        // Not on the staff, the same owner again, no reason: 400, nothing changes.
        for (String body : new String[] {"{\"supportOwner\": \"stranger\", \"reason\": \"x\"}",
                "{\"supportOwner\": \"" + to + "\", \"reason\": \"again\"}",
                "{\"supportOwner\": \"" + from + "\"}"}) {
            given().header(MANAGER).contentType(ContentType.JSON).body(body)
                    .post("/api/customers/{id}/support-owner", id).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().header(MANAGER).get("/api/customers/{id}", id).then().body("supportOwner", equalTo(to));
        given().header(MANAGER).get("/api/customers/{id}/support-owner/history", id).then().body("items", hasSize(2));
        given().header(MANAGER).contentType(ContentType.JSON).body("{\"supportOwner\": \"ana.support\", \"reason\": \"x\"}")
                .post("/api/customers/{id}/support-owner", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void customerAnswersPerOrderAndPerCustomerGiveTheLatestScoreAndTheOwnersNps() {
        Instant start = Instant.now();
        JsonPath customer = customer("Surveyed Ltd");
        String id = customer.getString("id");
        String owner = customer.getString("supportOwner");
        String orderId = given().queryParam("customerId", id).get("/api/orders").then().extract().path("items[0].id");
        given().get("/api/customers/{id}", id).then().body("latestSurvey", nullValue());

        // An order is asked about after delivery (its link is sent then); the customer answers once.
        given().post("/api/orders/{id}/survey-invitations", orderId)
                .then().statusCode(409).body("currentState", equalTo("RECEIVED"));
        move(orderId, "IN_PROGRESS", "SHIPPED", "DELIVERED");
        SurveyMail.answer(orderId, 10, "Delivered early");
        given().post("/api/orders/{id}/survey-invitations", orderId).then().statusCode(409)
                .body("currentState", equalTo("DELIVERED"));

        // Relationship surveys, as often as asked; the newest answer is the customer's latest score.
        invite("/api/customers/{id}/survey-invitations", id);
        SurveyMail.answer(id, 7, "Fine");
        invite("/api/customers/{id}/survey-invitations", id);
        SurveyMail.answer(id, 3, "Slow answers");
        given().get("/api/customers/{id}", id).then().body("latestSurvey.score", equalTo(3))
                .body("latestSurvey.at", notNullValue());
        given().get("/api/customers/{id}/surveys", id).then().statusCode(200).body("items", hasSize(3))
                .body("items[0].score", equalTo(10)).body("items[0].comment", equalTo("Delivered early"))
                .body("items[0].orderId", equalTo(orderId)).body("items[0].supportOwner", equalTo(owner))
                .body("items[0].fromCustomer", equalTo(true)).body("items[2].score", equalTo(3));

        // Bad scores: 400, the page again with the reason, nothing recorded, the link still open.
        invite("/api/customers/{id}/survey-invitations", id);
        String page = SurveyMail.pageOf(id);
        for (String[] form : new String[][] {{"11", null}, {"-1", null}, {null, "no score"}, {"ten", null}}) {
            SurveyMail.answerAt(page, form[0], form[1]).then().statusCode(400).contentType(containsString("text/html"))
                    .body(containsString("score"));
        }
        given().get("/api/customers/{id}/surveys", id).then().body("items", hasSize(3));
        SurveyMail.anonymously(() -> given().get(page).then().statusCode(200));

        // Since the start of this test the owner has 1 promoter (10), 1 passive (7), 1 detractor (3): NPS 0.0.
        given().queryParam("from", start.toString()).get("/api/support-owners/{name}/nps", owner).then()
                .statusCode(200).body("name", equalTo(owner)).body("responses", equalTo(3))
                .body("promoters", equalTo(1)).body("passives", equalTo(1)).body("detractors", equalTo(1))
                .body("nps", equalTo("0.0"));
        given().queryParam("from", Instant.now().plusSeconds(3600).toString())
                .get("/api/support-owners/{name}/nps", owner).then().body("responses", equalTo(0))
                .body("nps", nullValue());
        given().queryParam("from", "yesterday").get("/api/support-owners/{name}/nps", owner).then().statusCode(400);
        given().queryParam("from", start.toString()).get("/api/support-owners").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.contains(owner)).body("items[0].responses", equalTo(3));
        given().header(MANAGER).queryParam("from", start.toString()).get("/api/support-owners").then().statusCode(200)
                .body("items.find { it.name == '" + owner + "' }.responses", equalTo(3))
                .body("items.name", org.hamcrest.Matchers.hasItems("ana.support", "ben.support", "chen.support"));
    }
}
