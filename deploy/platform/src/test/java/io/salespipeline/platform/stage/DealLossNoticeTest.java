package io.salespipeline.platform.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DealLossNoticeTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void everyPublishersShapeIsReadAndUnknownFieldsAreIgnored() throws Exception {
        UUID deal = UUID.randomUUID();
        DealLossNotice loss = json.readValue("""
                {"dealId": "%s", "stage": "contract", "reason": " Declined ", "lostAt": "2026-11-23T10:00:00Z",
                 "lostBy": "seller-1", "extra": {"a": 1}}""".formatted(deal), DealLossNotice.class);
        assertEquals(deal, loss.dealId());
        assertEquals(Optional.of(Stage.CONTRACT), loss.lostIn());
        assertEquals("Deal lost at CONTRACT: Declined", loss.describe());
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), loss.lostAtOr(Instant.EPOCH));
    }

    @Test
    void aStageReactsOnlyToLossesAtAnotherKnownStage() {
        DealLossNotice atProspect = new DealLossNotice(UUID.randomUUID(), "PROSPECT", null, null);
        assertTrue(atProspect.concernsOtherStageThan(Stage.LEAD));
        assertTrue(atProspect.concernsOtherStageThan(Stage.CONTRACT));
        assertFalse(atProspect.concernsOtherStageThan(Stage.PROSPECT));
        assertFalse(new DealLossNotice(UUID.randomUUID(), "MARS", "x", null).concernsOtherStageThan(Stage.LEAD));
        assertFalse(new DealLossNotice(UUID.randomUUID(), null, "x", null).concernsOtherStageThan(Stage.LEAD));
        assertEquals("Deal lost at PROSPECT: no reason given", atProspect.describe());
        assertEquals(Instant.EPOCH, atProspect.lostAtOr(Instant.EPOCH));
        assertEquals(4000, new DealLossNotice(null, "LEAD", "x".repeat(5000), null).describe().length());
    }

    @Test
    void stagesAreOrderedAsADealTravelsThem() {
        assertTrue(Stage.LEAD.isBefore(Stage.PROSPECT));
        assertTrue(Stage.CONTRACT.isBefore(Stage.FULFILLMENT));
        assertFalse(Stage.PROPOSAL.isBefore(Stage.PROSPECT));
    }
}
