package io.salespipeline.platform.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.inbox.InconsistentEventException;
import io.salespipeline.platform.stage.Stage;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DealAccessChangedTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void theOneShapeIsReadAndUnknownFieldsAreIgnored() throws Exception {
        UUID deal = UUID.randomUUID();
        DealAccessChanged change = json.readValue("""
                {"dealId": "%s", "stage": "lead", "owner": "sam.seller", "sharedWith": ["sue.seller"],
                 "changedAt": "2026-11-23T10:00:00Z", "changedBy": "max.manager", "extra": {"a": 1}}"""
                .formatted(deal), DealAccessChanged.class);
        assertEquals(deal, change.dealId());
        assertEquals("sam.seller", change.owner());
        assertEquals(Set.of("sue.seller"), change.sharedWithOrEmpty());
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), change.changedAt());
        assertTrue(change.concernsOtherStageThan(Stage.PROPOSAL));
        assertFalse(change.concernsOtherStageThan(Stage.LEAD));
    }

    @Test
    void aMissingListIsNobodyAndAMissingOwnerIsUnassigned() throws Exception {
        DealAccessChanged change = json.readValue("""
                {"dealId": "%s", "stage": "CONTRACT", "changedAt": "2026-11-23T10:00:00Z"}"""
                .formatted(UUID.randomUUID()), DealAccessChanged.class);
        assertNull(change.owner());
        assertEquals(Set.of(), change.sharedWithOrEmpty());
    }

    @Test
    void aChangeOfNoKnownStageIsNobodysToFollow() throws Exception {
        DealAccessChanged change = json.readValue("""
                {"dealId": "%s", "stage": "BILLING", "owner": "x", "changedAt": "2026-11-23T10:00:00Z"}"""
                .formatted(UUID.randomUUID()), DealAccessChanged.class);
        assertFalse(change.concernsOtherStageThan(Stage.LEAD));
    }

    @Test
    void aChangeStatedInTheFutureIsRefusedBeforeAnyRecordIsRead() {
        UUID deal = UUID.randomUUID();
        DealAccessChanged change = new DealAccessChanged(deal, "LEAD", "mallory", Set.of(),
                Instant.parse("2999-01-01T00:00:00Z"));
        InboundEvent event = new InboundEvent("e-1", DealAccessChanged.type(Stage.LEAD), "/lead-service", deal, null,
                null, DealAccessChanged.TOPIC, "{}");
        InconsistentEventException refused = assertThrows(InconsistentEventException.class,
                () -> new DealAccessChanges().follow(event, change, Stage.PROPOSAL, () -> {
                    throw new AssertionError("no record may be read");
                }));
        assertTrue(refused.getMessage().startsWith(
                "Inconsistent event refused: changedAt is 2999-01-01T00:00:00Z, in the future"), refused.getMessage());
    }

    @Test
    void eachStagePublishesItUnderItsOwnType() {
        assertEquals("io.salespipeline.proposal.DealAccessChanged.v1", DealAccessChanged.type(Stage.PROPOSAL));
    }
}
