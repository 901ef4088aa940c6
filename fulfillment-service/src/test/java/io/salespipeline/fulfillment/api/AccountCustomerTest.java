package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One customer per company account: a later deal of the account is a later order of its customer. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class AccountCustomerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @Test
    void aSecondDealOfTheSameAccountIsASecondOrderOfTheSameCustomer() {
        UUID accountId = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), first,
                DealClosedEvents.forAccount(DealClosedEvents.dealClosed(first, "Account Engines Ltd"), accountId));
        JsonPath customer = DealClosedEvents.awaitOne("/api/customers", first);
        assertEquals(accountId.toString(), customer.getString("accountId"));

        // Another person of the same company closes a second deal: no new customer, a second order.
        UUID second = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), second, DealClosedEvents.forAccount(
                DealClosedEvents.dealClosed(second, "Account Engines", "Charles Babbage", "charles@example.com"),
                accountId));
        JsonPath order = DealClosedEvents.awaitOne("/api/orders", second);
        assertEquals(customer.getString("id"), order.getString("customerId"));
        assertEquals("FIRST", order.getString("kind"));
        // The second deal's customer is the existing one, which keeps its first deal, contact and support owner.
        JsonPath same = DealClosedEvents.awaitOne("/api/customers", second);
        assertEquals(customer.getString("id"), same.getString("id"));
        assertEquals(first.toString(), same.getString("dealId"));
        assertEquals("Ada Lovelace", same.getString("contactName"));
        assertEquals(customer.getString("supportOwner"), same.getString("supportOwner"));
        given().queryParam("customerId", customer.getString("id")).get("/api/orders").then().statusCode(200)
                .body("items", hasSize(2));
        given().get("/api/customers/{id}/support-owner/history", customer.getString("id")).then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void dealsWithoutAnAccountEachOpenTheirOwnCustomer() {
        UUID one = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        JsonPath first = DealClosedEvents.closeDeal(kafka, one, "Same Name Ltd");
        JsonPath second = DealClosedEvents.closeDeal(kafka, other, "Same Name Ltd");
        assertNotEquals(first.getString("id"), second.getString("id"));
        assertNull(first.get("accountId"));
    }
}
