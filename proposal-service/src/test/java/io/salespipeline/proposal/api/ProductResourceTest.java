package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
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

    // Other test classes add products to the same database, so these name the seeded ones.
    @Test
    void theCatalogueIsSeededWithFiveActiveEuroProductsAndOneRetired() {
        given().queryParam("active", "true").queryParam("limit", "500").get("/api/products")
                .then().statusCode(200)
                .body("items.sku", hasItems("PIPE-CRM-SEAT", "PIPE-ANALYTICS", "ONBOARD-DAY", "INTEG-API",
                        "SUPPORT-PREM"))
                .body("items.sku", not(hasItems("PIPE-CRM-SEAT-LEGACY")))
                .body("items.active", everyItem(equalTo(true)))
                .body("nextCursor", nullValue());
        given().queryParam("active", "false").queryParam("limit", "500").get("/api/products")
                .then().statusCode(200).body("items.sku", hasItems("PIPE-CRM-SEAT-LEGACY"))
                .body("items.active", everyItem(equalTo(false)));
        given().get("/api/products/{sku}", "PIPE-ANALYTICS").then().body("unitPrice.currency", equalTo("EUR"));
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
        java.util.List<String> all = given().queryParam("limit", "500").get("/api/products").then().statusCode(200)
                .extract().jsonPath().getList("items.sku", String.class);
        java.util.List<String> paged = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("limit", "4").queryParams(cursor == null ? java.util.Map.of()
                    : java.util.Map.of("cursor", cursor)).get("/api/products").then().statusCode(200)
                    .body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(4)).extract().jsonPath();
            paged.addAll(page.getList("items.sku", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(all, paged, "pages of 4 give the whole catalogue once, in order");
        org.junit.jupiter.api.Assertions.assertTrue(all.size() >= 6);
        given().queryParam("active", "maybe").get("/api/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("active"));
        given().queryParam("limit", "501").get("/api/products")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
