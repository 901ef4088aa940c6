package io.salespipeline.proposal.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.DealAccessTest;
import io.salespipeline.proposal.api.Drafts;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who works the deal follows every other stage (sales.deal.access-changed), and a change here is published. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ProposalAccessChangesTest extends DealAccessTest {

    ProposalAccessChangesTest() {
        super("PROPOSAL", "/api/proposals/{id}");
    }

    @Test
    void aChangeAtTheLeadReachesTheProposalAndAnOlderOneIsIgnored() {
        Drafts.Draft draft = Drafts.draft(kafka(), "ONE_PAGE_QUOTE");
        checks().followsOtherStages(draft.id(), draft.dealId(), "LEAD");
    }

    @Test
    void reOwningAndReSharingTheProposalArePublished() {
        Drafts.Draft draft = Drafts.draft(kafka(), "ONE_PAGE_QUOTE");
        checks().publishesItsOwnChanges(draft.id(), draft.dealId());
    }

    @Test
    void badOwnershipBodiesAreRefusedAndChangeNothing() {
        checks().refusesBadOwnershipBodies(Drafts.draft(kafka(), "ONE_PAGE_QUOTE").id());
    }
}
