package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogue is managed through the API; a price change never alters a line, least of all a sent one. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class CatalogueTest {

    // A sales manager prices proposals; the same person administers the catalogue here (admin role).
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER, Roles.ADMIN);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static String product(String sku, String price) {
        return """
                {"sku": "%s", "name": "Data migration", "description": "Import of legacy CRM data",
                 "unit": "one-off", "unitPrice": {"amount": "%s", "currency": "EUR"}}""".formatted(sku, price);
    }

    @Test
    void aProductIsAddedPricedRetiredAndReactivatedAndSentProposalsKeepTheirPrice() {
        String sku = "MIGRATE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON).body(product(sku, "800.00")).post("/api/products")
                .then().statusCode(201).header("Location", endsWith("/api/products/" + sku))
                .body("active", equalTo(true)).body("unitPrice.amount", equalTo("800.00"));
        given().contentType(ContentType.JSON).body(product(sku, "1.00")).post("/api/products")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("sku"));

        String sent = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();
        Drafts.addLine(sent, "{\"sku\": \"" + sku + "\", \"quantity\": \"1\", \"taxRatePercent\": \"20\"}");
        given().post("/api/proposals/{id}/sending", sent).then().statusCode(200);
        String draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();
        Drafts.addLine(draft, "{\"sku\": \"" + sku + "\", \"quantity\": \"1\"}");

        given().contentType(ContentType.JSON).body("""
                {"name": "Data migration (2027)", "unit": "one-off", "unitPrice": {"amount": "950.00", "currency": "EUR"}}""")
                .put("/api/products/{sku}", sku).then().statusCode(200).body("unitPrice.amount", equalTo("950.00"));

        given().get("/api/proposals/{id}", sent).then().statusCode(200)
                .body("lines[0].unitPrice.amount", equalTo("800.00")).body("lines[0].name", equalTo("Data migration"))
                .body("totals.total.amount", equalTo("960.00"));
        given().get("/api/proposals/{id}", draft).then().body("lines[0].unitPrice.amount", equalTo("800.00"));
        // A line added now takes the new price; a negotiated price overrides it.
        given().contentType(ContentType.JSON).body("{\"sku\": \"" + sku + "\", \"quantity\": \"1\"}")
                .post("/api/proposals/{id}/lines", draft).then().statusCode(201)
                .body("lines[1].unitPrice.amount", equalTo("950.00"));
        given().contentType(ContentType.JSON).body("{\"sku\": \"" + sku + "\", \"quantity\": \"1\", "
                        + "\"unitPrice\": {\"amount\": \"700.00\", \"currency\": \"EUR\"}}")
                .post("/api/proposals/{id}/lines", draft).then().statusCode(201)
                .body("lines[2].unitPrice.amount", equalTo("700.00"))
                .body("totals.total.amount", equalTo("2450.00"));
        given().contentType(ContentType.JSON).body("{\"sku\": \"" + sku + "\", \"quantity\": \"1\", "
                        + "\"unitPrice\": {\"amount\": \"700.00\", \"currency\": \"USD\"}}")
                .post("/api/proposals/{id}/lines", draft).then().statusCode(400)
                .body("errors[0].field", equalTo("unitPrice.currency"));

        given().post("/api/products/{sku}/retirement", sku).then().statusCode(200).body("active", equalTo(false));
        given().contentType(ContentType.JSON).body("{\"sku\": \"" + sku + "\", \"quantity\": \"1\"}")
                .post("/api/proposals/{id}/lines", draft).then().statusCode(400).body("errors[0].field", equalTo("sku"));
        given().post("/api/products/{sku}/reactivation", sku).then().statusCode(200).body("active", equalTo(true));
        given().post("/api/products/{sku}/retirement", "NO-SUCH-SKU").then().statusCode(404);
    }

    @Test
    void badProductsAre400AndChangeNothing() {
        given().contentType(ContentType.JSON).body(product("NEG-1", "-5.00")).post("/api/products")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(product(" ", "5.00")).post("/api/products")
                .then().statusCode(400).body("errors[0].field", equalTo("sku"));
        given().contentType(ContentType.JSON).body("{\"sku\": \"X-1\", \"name\": \"n\", \"unit\": \"u\", "
                + "\"unitPrice\": {\"amount\": \"1.00\", \"currency\": \"EURO\"}}").post("/api/products")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/products/{sku}", "NEG-1").then().statusCode(404);
    }
}
