package io.salespipeline.lead.acrossstages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Refusals;
import io.salespipeline.infra.testing.SalesManagerTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A loss stated in the future would be kept on the lead as if it were true: it is refused with the reason. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class TamperedLossTest extends SalesManagerTest {

    @Test
    void aLossInTheFutureIsRefusedAndTheLeadKeepsNoLoss() {
        String id = Leads.create("future-loss@example.com");
        String dealId = Leads.qualify(id);
        Refusals.refused(kafka(), "deal-lost", "sales.deal.lost", "io.salespipeline.contract.DealLost.v1",
                UUID.fromString(dealId), LeadAcrossStagesTest.lossEvent(dealId, "CONTRACT", "Declined")
                        .replace("2026-11-23T10:00:00Z", "2999-01-01T00:00:00Z"),
                "lostAt is 2999-01-01T00:00:00Z, in the future");
        given().get("/api/leads/{id}", id).then().statusCode(200).body("dealLoss", nullValue());
    }
}
