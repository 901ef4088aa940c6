package io.salespipeline.prospect.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Rehearsed;
import io.salespipeline.platform.rehearsal.Rehearsal;
import io.salespipeline.platform.rehearsal.Rehearsals;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The hand-off from lead-service is rehearsed before the service reports ready: a qualified lead
 * runs through the consumer's whole effect (the prospect opened, its events stored) and is rolled back.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class LeadQualifiedRehearsalTest {

    @Inject
    Rehearsals rehearsals;

    @Inject
    LeadQualifiedRehearsal rehearsal;

    @Inject
    EntityManager entityManager;

    @Test
    void theServiceIsReadyOnceItsHandOffWasRehearsed() {
        String outcome = Rehearsed.atStart("sales.lead.qualified");
        assertTrue(outcome.startsWith("rehearsed in "), outcome);
    }

    @Test
    void aRehearsalRunsTheEffectAndLeavesNothing() {
        UUID dealId = UUID.randomUUID();
        String outcome = rehearsals.rehearse(rehearsal, dealId);
        assertTrue(outcome.startsWith("rehearsed in "), outcome);
        assertEquals(0, rows("select count(*) from prospect where deal_id = :deal", dealId));
        assertEquals(0, rows("select count(*) from outbox_message where deal_id = :deal", dealId));
    }

    @Test
    void aRehearsalReachesTheConsumersRulesAndSaysWhyItFailed() {
        Rehearsal withoutContact = new Rehearsal() {
            public String topic() {
                return rehearsal.topic();
            }

            public String eventType() {
                return rehearsal.eventType();
            }

            public String data(UUID dealId) {
                return rehearsal.data(dealId).replaceFirst("\"contact\": \\{[^}]*},", "");
            }

            public Uni<Void> consume(ConsumerRecord<String, String> record) {
                return rehearsal.consume(record);
            }
        };
        String outcome = rehearsals.rehearse(withoutContact, UUID.randomUUID());
        assertTrue(outcome.startsWith("failed: ") && outcome.contains("contact"), outcome);
    }

    private int rows(String query, UUID dealId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(query)
                .setParameter("deal", dealId).getSingleResult()).intValue());
    }
}
