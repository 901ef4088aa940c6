package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Price books through the API: an admin prices a product per currency (audited); a deal handed over
 * in USD is quoted in USD end to end, and a product without a USD price cannot be put on it (422).
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class PriceBookApiTest {

    private static final Header ADA = Tokens.as("ada.admin", Roles.ADMIN);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    /** A new EUR product, so that no other test's prices interfere; answers its SKU. */
    private static String newProduct(String euros) {
        String sku = "PB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().header(ADA).contentType(ContentType.JSON).body("""
                {"sku": "%s", "name": "Seat", "unit": "seat-month", "unitPrice": {"amount": "%s", "currency": "EUR"}}"""
                .formatted(sku, euros)).post("/api/products").then().statusCode(201);
        return sku;
    }

    private static JsonPath setPrice(String sku, String currency, String amount) {
        return given().header(ADA).contentType(ContentType.JSON).body("{\"amount\": \"" + amount + "\"}")
                .put("/api/products/{sku}/prices/{currency}", sku, currency).then().statusCode(200)
                .extract().jsonPath();
    }

    /** A hand-over in this currency (null: none named, as before prospects chose one). */
    private String draftIn(String currency) {
        UUID dealId = UUID.randomUUID();
        String event = Drafts.readyForProposal(dealId, "Globex Corporation", "ONE_PAGE_QUOTE");
        if (currency != null) {
            event = event.replace("\"readyAt\":", "\"currency\": \"" + currency + "\", \"readyAt\":")
                    .replace("\"currency\": \"EUR\"", "\"currency\": \"" + currency + "\"");
        }
        Drafts.send(kafka, UUID.randomUUID().toString(), dealId, event);
        return Drafts.awaitProposalOf(dealId);
    }

    @Test
    void anAdminPricesAProductInAnotherCurrencyAndTheChangeIsAudited() {
        String sku = newProduct("29.00");
        JsonPath product = setPrice(sku, "usd", "32.00");
        assertEquals("USD", product.getString("prices[1].currency"));
        setPrice(sku, "USD", "34.00");
        setPrice(sku, "GBP", "27.50");
        given().get("/api/products/{sku}", sku).then().statusCode(200)
                .body("unitPrice.amount", equalTo("29.00"))
                .body("prices.currency", contains("EUR", "GBP", "USD"))
                .body("prices.amount", contains("29.00", "27.50", "34.00"));
        given().header(ADA).queryParam("recordId", product.getString("id")).get("/api/audit").then()
                .statusCode(200)
                .body("items.recordType", hasItem("ProductPrice"))
                .body("items.actor", hasItem("ada.admin (admin)"))
                .body("items.changes.flatten().field", hasItem("unitPrice"));
    }

    @Test
    void badPricesAreRefusedAndChangeNothing() {
        String sku = newProduct("29.00");
        for (String[] bad : new String[][] {{"DOLLARS", "{\"amount\": \"32.00\"}"}, {"USD", "{\"amount\": \"-1\"}"},
                {"USD", "{}"}, {"USD", "{\"amount\": \"1.0000001\"}"}, {"USD", "{\"amount\": \"abc\"}"}}) {
            given().header(ADA).contentType(ContentType.JSON).body(bad[1])
                    .put("/api/products/{sku}/prices/{currency}", sku, bad[0]).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().header(ADA).delete("/api/products/{sku}/prices/{currency}", sku, "EUR").then().statusCode(400)
                .body("errors[0].field", equalTo("currency"));
        given().header(ADA).delete("/api/products/{sku}/prices/{currency}", sku, "USD").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"amount\": \"32.00\"}")
                .put("/api/products/{sku}/prices/{currency}", sku, "USD").then().statusCode(403);
        given().get("/api/products/{sku}", sku).then().body("prices", hasSize(1));
    }

    @Test
    void aDealHandedOverInDollarsIsQuotedAndAcceptedInDollarsAtThePriceBooksPrice() throws Exception {
        String seat = newProduct("29.00");
        setPrice(seat, "USD", "32.00");
        String euroOnly = newProduct("1200.00");
        String id = draftIn("USD");
        given().get("/api/proposals/{id}", id).then().body("currency", equalTo("USD"));

        given().contentType(ContentType.JSON).body("{\"sku\": \"" + seat + "\", \"quantity\": \"10\", "
                        + "\"taxRatePercent\": \"10\"}")
                .post("/api/proposals/{id}/lines", id).then().statusCode(201)
                .body("lines[0].unitPrice.amount", equalTo("32.00"))
                .body("lines[0].unitPrice.currency", equalTo("USD"))
                .body("totals.total.amount", equalTo("352.00")).body("totals.total.currency", equalTo("USD"));
        given().contentType(ContentType.JSON).body("{\"sku\": \"" + euroOnly + "\", \"quantity\": \"1\"}")
                .post("/api/proposals/{id}/lines", id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/no-price-in-currency"))
                .body("sku", equalTo(euroOnly)).body("currency", equalTo("USD"))
                .body("pricedIn", contains("EUR"));
        given().get("/api/proposals/{id}", id).then().body("lines", hasSize(1));

        given().post("/api/proposals/{id}/sending", id).then().statusCode(200);
        try (EventTap accepted = new EventTap(kafka, "sales.proposal.accepted")) {
            CustomerPages.accept(id, 1).statusCode(200);
            JsonPath event = JsonPath.from(accepted.await(e -> e.value().contains(id), Duration.ofSeconds(30))
                    .value());
            assertEquals("USD", event.getString("currency"));
            assertEquals("USD", event.getString("lines[0].unitPrice.currency"));
            assertEquals("352.00", event.getString("totals.total.amount"));
            assertEquals("USD", event.getString("totals.total.currency"));
        }
        byte[] document = given().get("/api/proposals/{id}/document", id).then().statusCode(200).extract()
                .asByteArray();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(document)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("352.00 USD"), text);
            assertFalse(text.contains("EUR"), "no amount of the deal in another currency: " + text);
        }
    }

    @Test
    void takingAProductOutOfAPriceBookStopsItBeingQuotedInThatCurrency() {
        String seat = newProduct("29.00");
        setPrice(seat, "USD", "32.00");
        given().header(ADA).delete("/api/products/{sku}/prices/{currency}", seat, "USD").then().statusCode(200)
                .body("prices.currency", contains("EUR"));
        String id = draftIn("USD");
        given().contentType(ContentType.JSON).body("{\"sku\": \"" + seat + "\", \"quantity\": \"1\"}")
                .post("/api/proposals/{id}/lines", id).then().statusCode(422)
                .body("type", endsWith("/no-price-in-currency"));
    }

    @Test
    void aHandOverNamingNoCurrencyIsQuotedInTheStandardOne() {
        given().get("/api/proposals/{id}", draftIn(null)).then().body("currency", equalTo("EUR"));
    }
}
