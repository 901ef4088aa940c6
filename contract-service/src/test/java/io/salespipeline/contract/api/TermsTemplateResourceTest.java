package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class TermsTemplateResourceTest {

    @BeforeEach
    void signIn() {
        Tokens.signIn("ada.admin", Roles.ADMIN, Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    // Other tests expect "Germany" and "12 months" in the current template's terms: keep them.
    private static final String TERMS = """
            {"paymentTerms": "Invoices payable within 45 days (%s)", "delivery": "Within 5 business days",
             "warranty": "12 months", "liability": "Limited to the contract value", "duration": "12 months",
             "renewal": "Renews for 12 months unless cancelled 60 days before the end",
             "governingLaw": "Laws of Germany, courts of Berlin"}""";

    @Test
    void aNewVersionIsAddedAndNewContractsTakeItWhileExistingOnesKeepTheirs() {
        String older = AcceptedProposals.contractFor(kafka, UUID.randomUUID(), UUID.randomUUID().toString());
        int olderVersion = given().get("/api/contracts/{id}", older).then().extract().path("termsTemplateVersion");
        int current = given().get("/api/terms-templates/current").then().statusCode(200)
                .body("terms.governingLaw", notNullValue()).extract().path("version");
        assertEquals(current, olderVersion);

        String marker = UUID.randomUUID().toString();
        int added = given().contentType(ContentType.JSON).body(TERMS.formatted(marker)).post("/api/terms-templates")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/terms-templates/"
                        + (current + 1)))
                .body("version", equalTo(current + 1)).body("createdAt", notNullValue())
                .body("createdBy", notNullValue()).extract().path("version");
        given().get("/api/terms-templates/current").then().body("version", equalTo(added))
                .body("terms.paymentTerms", equalTo("Invoices payable within 45 days (" + marker + ")"));
        given().get("/api/terms-templates/{v}", olderVersion).then().statusCode(200).body("version", equalTo(olderVersion));
        given().get("/api/terms-templates").then().statusCode(200).body("items[0].version", equalTo(added))
                .body("items.size()", greaterThan(1)).body("nextCursor", equalTo(null));

        String newer = AcceptedProposals.contractFor(kafka, UUID.randomUUID(), UUID.randomUUID().toString());
        given().get("/api/contracts/{id}", newer).then().body("termsTemplateVersion", equalTo(added))
                .body("terms.paymentTerms", equalTo("Invoices payable within 45 days (" + marker + ")"));
        given().get("/api/contracts/{id}", older).then().body("termsTemplateVersion", equalTo(olderVersion));
    }

    @Test
    void anIncompleteTemplateIsRefusedAndAddsNoVersion() {
        int before = given().get("/api/terms-templates/current").then().extract().path("version");
        given().contentType(ContentType.JSON).body("{\"paymentTerms\": \"Net 30\"}").post("/api/terms-templates")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(TERMS.formatted("x").replace("\"Within 5 business days\"", "\"  \""))
                .post("/api/terms-templates").then().statusCode(400);
        given().get("/api/terms-templates/current").then().body("version", equalTo(before));
        given().get("/api/terms-templates/{v}", 99999).then().statusCode(404).contentType("application/problem+json");
    }
}
