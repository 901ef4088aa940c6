package io.salespipeline.proposal.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.DealAccessChecks;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.proposal.api.Drafts;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who works the deal follows every other stage (sales.deal.access-changed), and a change here is published. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ProposalAccessChangesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    // A sales manager finds the drafts that hand-overs make.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    private DealAccessChecks checks() {
        return new DealAccessChecks(kafka, "PROPOSAL", "/api/proposals/{id}");
    }

    @Test
    void aChangeAtTheLeadReachesTheProposalAndAnOlderOneIsIgnored() {
        Drafts.Draft draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        checks().followsOtherStages(draft.id(), draft.dealId(), "LEAD");
    }

    @Test
    void reOwningAndReSharingTheProposalArePublished() {
        Drafts.Draft draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        checks().publishesItsOwnChanges(draft.id(), draft.dealId());
    }
}
