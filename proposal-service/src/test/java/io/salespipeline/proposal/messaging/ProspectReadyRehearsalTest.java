package io.salespipeline.proposal.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Rehearsed;
import io.salespipeline.platform.rehearsal.Rehearsal;
import io.salespipeline.platform.rehearsal.Rehearsals;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The hand-off is rehearsed before the service reports ready: a prospect ready for a proposal runs through the consumer's
 * whole effect and is rolled back.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ProspectReadyRehearsalTest {

    @Inject
    Rehearsals rehearsals;

    @Inject
    Rehearsal rehearsal;

    @Inject
    EntityManager entityManager;

    @Test
    void theServiceIsReadyOnceItsHandOffWasRehearsed() {
        Rehearsed.atStart("sales.prospect.ready-for-proposal");
    }

    @Test
    void aRehearsalRunsTheEffectAndLeavesNothing() {
        Rehearsed.leavesNothing(dealId -> rehearsals.rehearse(rehearsal, dealId), "proposal", this::rows);
    }

    private int rows(String table, UUID dealId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from " + table + " where deal_id = :deal")
                .setParameter("deal", dealId).getSingleResult()).intValue());
    }
}
