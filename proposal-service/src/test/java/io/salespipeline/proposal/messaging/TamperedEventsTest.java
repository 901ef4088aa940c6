package io.salespipeline.proposal.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Refusals;
import io.salespipeline.infra.testing.SalesManagerTest;
import io.salespipeline.proposal.api.Drafts;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Anyone who can publish on the topics proposal-service reads could state anything: a hand-over
 * from another prospect for a deal that has its proposal, or a time in the future, is refused with
 * the reason and changes nothing.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class TamperedEventsTest extends SalesManagerTest {

    private static final String FUTURE = "2999-01-01T00:00:00Z";
    private static final String OTHER_PROSPECT = "0193a200-0000-7000-8000-0000000000ff";

    @Test
    void aHandOverFromAnotherProspectOfTheDealIsRefusedAndTheProposalStays() {
        Drafts.Draft draft = Drafts.draft(kafka(), "PURCHASE_ORDER");
        Refusals.refused(kafka(), "prospect-ready", Drafts.TOPIC, Drafts.TYPE, draft.dealId(),
                Drafts.readyForProposal(draft.dealId(), "Someone Else Ltd", "PURCHASE_ORDER")
                        .replace("0193a200-0000-7000-8000-000000000001", OTHER_PROSPECT),
                "names prospect " + OTHER_PROSPECT);
        given().queryParam("dealId", draft.dealId().toString()).get("/api/proposals").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(draft.id()))
                .body("items[0].prospectId", equalTo("0193a200-0000-7000-8000-000000000001"));
    }

    @Test
    void aHandOverReadyInTheFutureIsRefusedAndDraftsNothing() {
        UUID dealId = UUID.randomUUID();
        Refusals.refused(kafka(), "prospect-ready", Drafts.TOPIC, Drafts.TYPE, dealId,
                Drafts.readyForRfp(dealId, "Future Ltd", FUTURE), "readyAt is " + FUTURE + ", in the future");
        given().queryParam("dealId", dealId.toString()).get("/api/proposals").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void aLossInTheFutureIsRefusedAndTheDraftStays() {
        Drafts.Draft draft = Drafts.draft(kafka(), "PURCHASE_ORDER");
        Refusals.refused(kafka(), "deal-lost", "sales.deal.lost", "io.salespipeline.contract.DealLost.v1",
                draft.dealId(), """
                {"dealId": "%s", "stage": "CONTRACT", "reason": "Declined", "lostAt": "%s"}"""
                        .formatted(draft.dealId(), FUTURE), "lostAt is " + FUTURE + ", in the future");
        given().get("/api/proposals/{id}", draft.id()).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void anAccessChangeInTheFutureIsRefusedAndTheOwnerStays() {
        Drafts.Draft draft = Drafts.draft(kafka(), "PURCHASE_ORDER");
        Refusals.refused(kafka(), "deal-access-changed", "sales.deal.access-changed",
                "io.salespipeline.prospect.DealAccessChanged.v1", draft.dealId(), """
                {"dealId": "%s", "stage": "PROSPECT", "owner": "mallory.seller", "changedAt": "%s"}"""
                        .formatted(draft.dealId(), FUTURE), "changedAt is " + FUTURE + ", in the future");
        given().get("/api/proposals/{id}", draft.id()).then().statusCode(200).body("owner", nullValue());
    }
}
