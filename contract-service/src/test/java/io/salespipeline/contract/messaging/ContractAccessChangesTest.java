package io.salespipeline.contract.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.DealAccessTest;
import io.salespipeline.contract.api.AcceptedProposals;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who works the deal follows every other stage (sales.deal.access-changed), and a change here is published. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class ContractAccessChangesTest extends DealAccessTest {

    ContractAccessChangesTest() {
        super("CONTRACT", "/api/contracts/{id}");
    }

    @Test
    void aChangeAtTheLeadReachesTheContractAndAnOlderOneIsIgnored() {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.ownedContractFor(kafka(), dealId, "sam.seller", "sue.seller");
        checks().followsOtherStages(id, dealId, "LEAD");
    }

    @Test
    void reOwningAndReSharingTheContractArePublished() {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.contractFor(kafka(), dealId, UUID.randomUUID().toString());
        checks().publishesItsOwnChanges(id, dealId);
    }

    @Test
    void badOwnershipBodiesAreRefusedAndChangeNothing() {
        checks().refusesBadOwnershipBodies(AcceptedProposals.contractFor(kafka(), UUID.randomUUID(), UUID.randomUUID().toString()));
    }
}
