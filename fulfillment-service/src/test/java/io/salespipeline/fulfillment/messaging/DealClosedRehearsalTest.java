package io.salespipeline.fulfillment.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Rehearsed;
import io.salespipeline.platform.rehearsal.Rehearsals;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The hand-off is rehearsed before the service reports ready: a closed deal runs through the consumer's
 * whole effect and is rolled back.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class DealClosedRehearsalTest {

    @Inject
    Rehearsals rehearsals;

    @Inject
    DealClosedRehearsal rehearsal;

    @Inject
    EntityManager entityManager;

    @Test
    void theServiceIsReadyOnceItsHandOffWasRehearsed() {
        String outcome = Rehearsed.atStart("sales.deal.closed");
        assertTrue(outcome.startsWith("rehearsed in "), outcome);
    }

    @Test
    void aRehearsalRunsTheEffectAndLeavesNothing() {
        UUID dealId = UUID.randomUUID();
        String outcome = rehearsals.rehearse(rehearsal, dealId);
        assertTrue(outcome.startsWith("rehearsed in "), outcome);
        assertEquals(0, rows("select count(*) from orders where deal_id = :deal", dealId));
        assertEquals(0, rows("select count(*) from outbox_message where deal_id = :deal", dealId));
    }

    private int rows(String query, UUID dealId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(query)
                .setParameter("deal", dealId).getSingleResult()).intValue());
    }
}
