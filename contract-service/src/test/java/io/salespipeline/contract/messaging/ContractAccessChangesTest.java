package io.salespipeline.contract.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.DealAccessChecks;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.contract.api.AcceptedProposals;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who works the deal follows every other stage (sales.deal.access-changed), and a change here is published. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class ContractAccessChangesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    private DealAccessChecks checks() {
        return new DealAccessChecks(kafka, "CONTRACT", "/api/contracts/{id}");
    }

    @Test
    void aChangeAtTheLeadReachesTheContractAndAnOlderOneIsIgnored() {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.ownedContractFor(kafka, dealId, "sam.seller", "sue.seller");
        checks().followsOtherStages(id, dealId, "LEAD");
    }

    @Test
    void reOwningAndReSharingTheContractArePublished() {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.contractFor(kafka, dealId, UUID.randomUUID().toString());
        checks().publishesItsOwnChanges(id, dealId);
    }
}
