package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A deal closed in US dollars: its first order is in dollars, and so must every later order of its customer. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class DealCurrencyOrdersTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signOut() {
        Tokens.signOut();
    }

    private static String laterOrder(String customerId, String currency) {
        return """
                {"customerId": "%s", "currency": "%s",
                 "lines": [{"sku": "LIC-PRO", "quantity": "2", "unitPrice": {"amount": "220.00", "currency": "%s"},
                            "taxRatePercent": "10"}]}""".formatted(customerId, currency, currency);
    }

    @Test
    void aDollarDealsOrdersAreInDollarsAndALaterOrderInAnotherCurrencyIsRefused() {
        UUID dealId = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId,
                DealClosedEvents.dealClosed(dealId, "Globex Corporation").replace("\"EUR\"", "\"USD\""));
        DealClosedEvents.awaitOne("/api/orders", dealId);
        JsonPath customer = DealClosedEvents.awaitOne("/api/customers", dealId);
        String customerId = customer.getString("id");
        given().header(DealClosedEvents.MANAGER).queryParam("dealId", dealId.toString()).get("/api/orders").then()
                .body("items[0].currency", equalTo("USD"))
                .body("items[0].totals.total.amount", equalTo("2130.06"))
                .body("items[0].totals.total.currency", equalTo("USD"));

        Tokens.signIn(customer.getString("supportOwner"), Roles.SUPPORT);
        given().contentType(ContentType.JSON).body(laterOrder(customerId, "EUR")).post("/api/orders").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("currency"));
        given().contentType(ContentType.JSON).body(laterOrder(customerId, "USD")).post("/api/orders").then()
                .statusCode(201).body("currency", equalTo("USD")).body("totals.total.amount", equalTo("484.00"));
        given().queryParam("customerId", customerId).get("/api/orders").then().body("items", hasSize(2));
    }
}
