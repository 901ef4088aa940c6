package io.salespipeline.contract.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.contract.api.AcceptedProposals;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Refusals;
import io.salespipeline.infra.testing.SalesManagerTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A loss stated in the future would void the contract as of a time to come: it is refused with the reason. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class TamperedDealLostTest extends SalesManagerTest {

    @Test
    void aLossInTheFutureIsRefusedAndTheContractStaysOpen() {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.contractFor(kafka(), dealId, UUID.randomUUID().toString());
        Refusals.refused(kafka(), "deal-lost", "sales.deal.lost", "io.salespipeline.prospect.DealLost.v1", dealId,
                """
                {"dealId": "%s", "stage": "PROSPECT", "reason": "Went quiet", "lostAt": "2999-01-01T00:00:00Z"}"""
                        .formatted(dealId), "lostAt is 2999-01-01T00:00:00Z, in the future");
        given().get("/api/contracts/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }
}
