package io.salespipeline.fulfillment.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.ErasureEvents;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class ErasureRequestedConsumerTest {

    // A sales manager reads every customer and order.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static final String DEAL_CLOSED = """
            {"contractId": "%s", "dealId": "%s", "proposalId": "%s",
             "customer": {"company": "Erasable AG", "contactName": "Eve Customer", "contactEmail": "eve@erasable.example"},
             "terms": {"paymentTerms": "30 days net", "delivery": "DAP", "warranty": "12 months",
                       "liability": "capped", "duration": "1 year", "renewal": "yearly", "governingLaw": "DE"},
             "firstOrder": {"poNumber": "PO-1", "currency": "EUR",
               "lines": [{"lineNo": 1, "sku": "ONB", "name": "Onboarding", "unit": "day", "quantity": "1",
                  "unitPrice": {"amount": "1250.00", "currency": "EUR"}, "discountPercent": "0",
                  "taxRatePercent": "19", "net": {"amount": "1250.00", "currency": "EUR"},
                  "tax": {"amount": "237.50", "currency": "EUR"}, "total": {"amount": "1487.50", "currency": "EUR"}}],
               "totals": {"net": {"amount": "1250.00", "currency": "EUR"}, "tax": {"amount": "237.50", "currency": "EUR"},
                          "total": {"amount": "1487.50", "currency": "EUR"}}},
             "signedAt": "2026-11-30T15:00:00Z", "closedAt": "2026-11-30T15:05:00Z"}""";

    @Test
    void anErasureRequestAnonymisesTheCustomerContactAndKeepsTheAccountAndOrders() {
        UUID dealId = UUID.randomUUID();
        try (EventSender sender = new EventSender(kafka)) {
            sender.send("sales.deal.closed", UUID.randomUUID().toString(), "io.salespipeline.contract.DealClosed.v1",
                    dealId, DEAL_CLOSED.formatted(UUID.randomUUID(), dealId, UUID.randomUUID()));
        }
        String customerId = await().atMost(Duration.ofSeconds(90)).until(
                () -> given().queryParam("dealId", dealId.toString()).get("/api/customers").then().statusCode(200)
                        .extract().<String>path("items[0].id"), id -> id != null);

        UUID erasureId = UUID.randomUUID();
        try (EventTap confirmations = new EventTap(kafka, ErasureEvents.CONFIRMED)) {
            ErasureEvents.request(kafka, UUID.randomUUID().toString(), erasureId, "eve@erasable.example",
                    List.of(dealId));
            JsonPath data = JsonPath.from(ErasureEvents.awaitConfirmation(confirmations, erasureId).value());
            assertEquals("fulfillment-service", data.getString("service"));
            assertEquals(1, data.getInt("recordsAnonymised"));
        }
        given().get("/api/customers/{id}", customerId).then().statusCode(200)
                .body("contactName", equalTo("[erased]")).body("contactEmail", nullValue())
                .body("company", equalTo("Erasable AG")).body("dealId", equalTo(dealId.toString()));
        given().queryParam("dealId", dealId.toString()).get("/api/orders").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].totals.total.amount", equalTo("1487.50"));
    }
}
