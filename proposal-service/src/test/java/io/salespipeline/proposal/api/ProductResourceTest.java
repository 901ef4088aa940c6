package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ProductResourceTest {

    // A seller reads the catalogue.
    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    @Test
    void theCatalogueHasFiveActiveEuroProductsAndOneRetired() {
        given().queryParam("active", "true").get("/api/products")
                .then().statusCode(200).body("items", hasSize(5))
                .body("items.sku", hasItems("PIPE-CRM-SEAT", "PIPE-ANALYTICS", "ONBOARD-DAY", "INTEG-API",
                        "SUPPORT-PREM"))
                .body("items.unitPrice.currency", everyItem(equalTo("EUR")))
                .body("items.active", everyItem(equalTo(true)))
                .body("nextCursor", nullValue());
        given().queryParam("active", "false").get("/api/products")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].active", equalTo(false));
        given().get("/api/products").then().statusCode(200).body("items", hasSize(6));
    }

    @Test
    void oneProductBySkuWithItsPriceAsADecimalString() {
        given().get("/api/products/{sku}", "PIPE-CRM-SEAT")
                .then().statusCode(200)
                .body("name", equalTo("Pipeline CRM seat"))
                .body("unit", equalTo("seat-month"))
                .body("unitPrice.amount", equalTo("29.00"))
                .body("unitPrice.currency", equalTo("EUR"))
                .body("active", equalTo(true));
        given().get("/api/products/{sku}", "INTEG-API")
                .then().statusCode(200).body("unitPrice.amount", equalTo("3500.00"));
        given().get("/api/products/{sku}", "NO-SUCH-SKU")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theCatalogueIsPagedAndItsFiltersChecked() {
        String cursor = given().queryParam("limit", "4").get("/api/products")
                .then().statusCode(200).body("items", hasSize(4)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("limit", "4").queryParam("cursor", cursor).get("/api/products")
                .then().statusCode(200).body("items", hasSize(2)).body("items.sku", not(hasItems("PIPE-CRM-SEAT")))
                .body("nextCursor", nullValue());
        given().queryParam("active", "maybe").get("/api/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("active"));
        given().queryParam("limit", "501").get("/api/products")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
