package io.salespipeline.fulfillment.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.fulfillment.api.DealClosedEvents;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Fuzzer;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Hostile values to every operation (deploy/infra Fuzzer), on a real customer and order of ana.support's. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class FuzzTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesHostileInputCheaplyAndChangesNothing() {
        JsonPath customer = DealClosedEvents.closeDeal(kafka, UUID.randomUUID(), "Fuzzed Ltd");
        String customerId = customer.getString("id");
        // The hand-off rule may already have picked ana.support; a hand-over to the same owner is refused.
        if (!"ana.support".equals(customer.getString("supportOwner"))) {
            given().header(DealClosedEvents.MANAGER).contentType(ContentType.JSON)
                    .body("{\"supportOwner\": \"ana.support\", \"reason\": \"fuzzing\"}")
                    .post("/api/customers/{id}/support-owner", customerId).then().log().ifValidationFails().statusCode(200);
        }
        String orderId = DealClosedEvents.awaitOne("/api/orders", UUID.fromString(customer.getString("dealId")))
                .getString("id");
        return Fuzzer.of("access-matrix.md")
                .withValue("customers/id", () -> customerId)
                .withValue("customerId", () -> customerId)
                .withValue("orders/id", () -> orderId)
                .withValue("name", () -> "ana.support")
                .withWitness("/api/customers/{id}")
                .withWitness("/api/orders/{id}")
                .tests();
    }
}
