package io.salespipeline.platform.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.salespipeline.platform.inbox.InconsistentEventException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DealLostTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void everyPublishersShapeIsReadAndUnknownFieldsAreIgnored() throws Exception {
        UUID deal = UUID.randomUUID();
        DealLost loss = json.readValue("""
                {"dealId": "%s", "stage": "contract", "reason": " Declined ", "lostAt": "2026-11-23T10:00:00Z",
                 "lostBy": "seller-1", "extra": {"a": 1}}""".formatted(deal), DealLost.class);
        assertEquals(deal, loss.dealId());
        assertEquals(Optional.of(Stage.CONTRACT), loss.lostIn());
        assertEquals("Deal lost at CONTRACT: Declined", loss.describe());
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), loss.lostAtOr(Instant.EPOCH));
    }

    @Test
    void aStageReactsOnlyToLossesAtAnotherKnownStage() throws Exception {
        DealLost atProspect = DealLost.at(Stage.PROSPECT, UUID.randomUUID(), null, null);
        assertTrue(atProspect.concernsOtherStageThan(Stage.LEAD));
        assertTrue(atProspect.concernsOtherStageThan(Stage.CONTRACT));
        assertFalse(atProspect.concernsOtherStageThan(Stage.PROSPECT));
        assertFalse(json.readValue("{\"stage\": \"MARS\", \"reason\": \"x\"}", DealLost.class)
                .concernsOtherStageThan(Stage.LEAD));
        assertFalse(json.readValue("{\"stage\": null, \"reason\": \"x\"}", DealLost.class)
                .concernsOtherStageThan(Stage.LEAD));
        assertEquals("Deal lost at PROSPECT: no reason given", atProspect.describe());
        assertEquals(Instant.EPOCH, atProspect.lostAtOr(Instant.EPOCH));
        assertEquals(4000, DealLost.at(Stage.LEAD, null, "x".repeat(5000), null).describe().length());
    }

    @Test
    void eachPublisherWritesItsOwnFieldsAndNothingElse() throws Exception {
        UUID deal = UUID.fromString("6f1c1a52-3c4e-4d6a-9a57-0a4c1f7f2b11");
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        assertEquals("{\"dealId\":\"" + deal + "\",\"stage\":\"PROSPECT\",\"reason\":\"No budget\","
                + "\"lostAt\":\"2026-11-23T10:00:00Z\"}",
                json.writeValueAsString(DealLost.at(Stage.PROSPECT, deal, "No budget", at)));
        assertEquals("{\"dealId\":\"" + deal + "\",\"stage\":\"CONTRACT\",\"reason\":\"No budget\","
                + "\"lostAt\":\"2026-11-23T10:00:00Z\",\"owner\":null,\"sharedWith\":[\"sid.seller\"]}",
                json.writeValueAsString(DealLost.at(Stage.CONTRACT, deal, "No budget", at, null, List.of("sid.seller"))));
        assertEquals("io.salespipeline.prospect.DealLost.v1", DealLost.type(Stage.PROSPECT));
        assertEquals("io.salespipeline.contract.DealLost.v1", DealLost.type(Stage.CONTRACT));
    }

    @Test
    void whoWorkedTheDealIsReadWhenThePublisherTellsIt() throws Exception {
        DealLost withOwner = json.readValue("""
                {"stage": "CONTRACT", "owner": "sam.seller", "sharedWith": ["sid.seller"]}""", DealLost.class);
        assertEquals("sam.seller", withOwner.owner());
        assertEquals(List.of("sid.seller"), withOwner.sharedWith());
        DealLost without = json.readValue("{\"stage\": \"PROSPECT\"}", DealLost.class);
        assertNull(without.owner());
        assertNull(without.sharedWith());
    }

    @Test
    void aLossStatedInTheFutureIsRefusedAndThePastOrNoTimePasses() throws Exception {
        UUID deal = UUID.randomUUID();
        DealLost future = DealLost.at(Stage.CONTRACT, deal, "Declined", Instant.parse("2999-01-01T00:00:00Z"));
        InconsistentEventException refused = assertThrows(InconsistentEventException.class, future::checked);
        assertTrue(refused.getMessage().startsWith("Inconsistent event refused: lostAt is 2999-01-01T00:00:00Z, in the future"),
                refused.getMessage());
        DealLost past = DealLost.at(Stage.CONTRACT, deal, "Declined", Instant.parse("2026-11-23T10:00:00Z"));
        assertEquals(past, past.checked());
        DealLost.at(Stage.CONTRACT, deal, "Declined", null).checked();
        // The check is no part of the wire format.
        assertFalse(json.writeValueAsString(past).contains("checked"));
    }

    @Test
    void stagesAreOrderedAsADealTravelsThem() {
        assertTrue(Stage.LEAD.isBefore(Stage.PROSPECT));
        assertTrue(Stage.CONTRACT.isBefore(Stage.FULFILLMENT));
        assertFalse(Stage.PROPOSAL.isBefore(Stage.PROSPECT));
    }
}
