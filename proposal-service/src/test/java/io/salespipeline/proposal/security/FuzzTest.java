package io.salespipeline.proposal.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Fuzzer;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.proposal.api.Drafts;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Hostile values to every operation (deploy/infra Fuzzer), on a real draft with a catalogue line. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class FuzzTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesHostileInputCheaplyAndChangesNothing() {
        // A product of its own: the fuzzer's plausible calls change, retire and reactivate it, and the
        // other test classes of this application share the catalogue's seeded products.
        String sku = "FUZZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().header(Tokens.as("ada.admin", Roles.ADMIN)).contentType(ContentType.JSON).body("""
                {"sku": "%s", "name": "Fuzzed seat", "unit": "seat/month",
                 "unitPrice": {"amount": "29.00", "currency": "EUR"}}""".formatted(sku))
                .post("/api/products").then().statusCode(201);
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        String proposalId = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();
        Drafts.addLine(proposalId, "{\"sku\": \"" + sku + "\", \"quantity\": \"5\"}");
        // The fuzzer's plausible calls set the discount policy too: the last test puts the standard one back,
        // which the other test classes of this application expect.
        DynamicTest standardPolicy = DynamicTest.dynamicTest("the standard discount policy again", () -> given()
                .header(Tokens.as("ada.admin", Roles.ADMIN)).contentType(ContentType.JSON)
                .body("{\"maxLineDiscountPercent\": \"20\", \"maxTotalDiscount\": null}")
                .put("/api/discount-policy").then().statusCode(200));
        return Stream.concat(Fuzzer.of("access-matrix.md")
                .withValue("proposals/id", () -> proposalId)
                .withValue("sku", () -> sku)
                .withValue("lineNo", () -> "1")
                .withWitness("/api/proposals/{id}")
                .withWitness("/api/products/{sku}")
                .tests(), Stream.of(standardPolicy));
    }
}
