package io.salespipeline.fulfillment.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.fulfillment.api.DealClosedEvents;
import io.salespipeline.fulfillment.api.LeadMergedEvents;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Fuzzer;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Hostile values to every operation (deploy/infra Fuzzer), on a real customer, order and support notice of ana.support's. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class FuzzTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesHostileInputCheaplyAndChangesNothing() {
        UUID dealId = UUID.randomUUID();
        UUID accountId = UUID.randomUUID();
        DealClosedEvents.send(kafka, UUID.randomUUID().toString(), dealId,
                DealClosedEvents.forAccount(DealClosedEvents.dealClosed(dealId, "Fuzzed Ltd"), accountId));
        JsonPath customer = DealClosedEvents.awaitOne("/api/customers", dealId);
        String customerId = customer.getString("id");
        // The hand-off rule may already have picked ana.support; a hand-over to the same owner is refused.
        if (!"ana.support".equals(customer.getString("supportOwner"))) {
            given().header(DealClosedEvents.MANAGER).contentType(ContentType.JSON)
                    .body("{\"supportOwner\": \"ana.support\", \"reason\": \"fuzzing\"}")
                    .post("/api/customers/{id}/support-owner", customerId).then().log().ifValidationFails().statusCode(200);
        }
        String orderId = DealClosedEvents.awaitOne("/api/orders", UUID.fromString(customer.getString("dealId")))
                .getString("id");
        // A known person of the account arrived again: a support notice to acknowledge.
        String noticeId = LeadMergedEvents.arrive(kafka, customerId, accountId);
        return Fuzzer.of("access-matrix.md")
                .withValue("customers/id", () -> customerId)
                .withValue("customerId", () -> customerId)
                .withValue("orders/id", () -> orderId)
                .withValue("support-notices/id", () -> noticeId)
                .withValue("name", () -> "ana.support")
                .withWitness("/api/customers/{id}")
                .withWitness("/api/orders/{id}")
                .tests();
    }
}
