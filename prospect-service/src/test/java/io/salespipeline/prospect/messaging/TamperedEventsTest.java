package io.salespipeline.prospect.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.Refusals;
import io.salespipeline.infra.testing.SalesManagerTest;
import io.salespipeline.prospect.LeadQualifiedFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Anyone who can publish on the topics prospect-service reads could state anything: an event that
 * contradicts the deal as this stage knows it (another lead for the deal, a rejection for a deal
 * with no prospect) or states a time in the future is refused with the reason, and changes nothing.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class TamperedEventsTest extends SalesManagerTest {

    private static final String FUTURE = "2999-01-01T00:00:00Z";

    @Test
    void aQualificationNamingAnotherLeadForTheDealIsRefusedAndTheProspectStays() {
        UUID dealId = UUID.randomUUID();
        String id = openProspect(dealId);
        String leadId = given().get("/api/prospects/{id}", id).then().extract().path("leadId");
        // leadQualified names a new lead each time.
        Refusals.refused(kafka(), "lead-qualified", LeadQualifiedFixture.TOPIC, LeadQualifiedFixture.TYPE, dealId,
                LeadQualifiedFixture.leadQualified(dealId, "Someone Else"), "started from lead " + leadId);
        given().get("/api/prospects/{id}", id).then().statusCode(200).body("leadId", equalTo(leadId))
                .body("contact.name", equalTo("Grace Hopper"));
        assertEquals(1, LeadQualifiedFixture.prospectIds(dealId).size());
    }

    @Test
    void aQualificationInTheFutureIsRefusedAndOpensNoProspect() {
        UUID dealId = UUID.randomUUID();
        Refusals.refused(kafka(), "lead-qualified", LeadQualifiedFixture.TOPIC, LeadQualifiedFixture.TYPE, dealId,
                LeadQualifiedFixture.leadQualified(dealId, "Grace Hopper")
                        .replace("\"qualifiedAt\": \"2026-11-20T09:31:00Z\"", "\"qualifiedAt\": \"" + FUTURE + "\""),
                "qualifiedAt is " + FUTURE + ", in the future");
        assertTrue(LeadQualifiedFixture.prospectIds(dealId).isEmpty());
    }

    @Test
    void aRejectionForADealWithoutAProspectIsRefused() {
        UUID dealId = UUID.randomUUID();
        Refusals.refused(kafka(), "proposal-rejected", "sales.proposal.rejected",
                "io.salespipeline.proposal.ProposalRejected.v1", dealId,
                ProposalRejectedConsumerTest.rejected(dealId, UUID.randomUUID(), 1, "Too expensive",
                        "2026-11-25T10:00:00Z"),
                "deal " + dealId + " has no prospect here");
        assertTrue(LeadQualifiedFixture.prospectIds(dealId).isEmpty());
    }

    @Test
    void aRejectionInTheFutureIsRefused() {
        UUID dealId = UUID.randomUUID();
        String id = openProspect(dealId);
        Refusals.refused(kafka(), "proposal-rejected", "sales.proposal.rejected",
                "io.salespipeline.proposal.ProposalRejected.v1", dealId,
                ProposalRejectedConsumerTest.rejected(dealId, UUID.randomUUID(), 1, "Too expensive", FUTURE),
                "rejectedAt is " + FUTURE + ", in the future");
        given().get("/api/prospects/{id}", id).then().statusCode(200).body("status", equalTo("RAPPORT"))
                .body("lastRejection", nullValue());
    }

    @Test
    void aLossInTheFutureIsRefusedAndTheProspectStaysOpen() {
        UUID dealId = UUID.randomUUID();
        String id = openProspect(dealId);
        Refusals.refused(kafka(), "deal-lost", "sales.deal.lost", "io.salespipeline.contract.DealLost.v1", dealId,
                """
                {"dealId": "%s", "stage": "CONTRACT", "reason": "Declined", "lostAt": "%s"}""".formatted(dealId, FUTURE),
                "lostAt is " + FUTURE + ", in the future");
        given().get("/api/prospects/{id}", id).then().statusCode(200).body("status", equalTo("RAPPORT"));
    }

    @Test
    void anAccessChangeInTheFutureIsRefusedAndTheOwnerStays() {
        UUID dealId = UUID.randomUUID();
        String id = openProspect(dealId);
        Refusals.refused(kafka(), "deal-access-changed", "sales.deal.access-changed",
                "io.salespipeline.lead.DealAccessChanged.v1", dealId, """
                {"dealId": "%s", "stage": "LEAD", "owner": "mallory.seller", "sharedWith": [], "changedAt": "%s"}"""
                        .formatted(dealId, FUTURE),
                "changedAt is " + FUTURE + ", in the future");
        given().get("/api/prospects/{id}", id).then().statusCode(200).body("owner", nullValue());
    }

    private static String openProspect(UUID dealId) {
        try (EventSender sender = new EventSender(kafka())) {
            return LeadQualifiedFixture.openProspect(sender, dealId);
        }
    }
}
