package io.salespipeline.prospect.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.stage.DealWin;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProspectWonTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Instant closedAt = Instant.parse("2026-12-01T15:30:00Z");
    private final Money value = Money.of("1190.12", "EUR");

    private Prospect newProspect() {
        return Prospect.open(UUID.randomUUID(), UUID.randomUUID(),
                new Contact("Ada Lovelace", "ada@example.com", null, "Analytical Engines Ltd", "CTO", "GB"),
                new Source("CONFERENCE", "TechConf 2026"),
                new Qualification(new Qualification.Assessment("Budget confirmed", "seller-1", now),
                        new Qualification.Interest("PHONE", "pricing", now), now),
                Segment.STANDARD, "system", now);
    }

    private Prospect readyProspect() {
        Prospect prospect = newProspect();
        prospect.describe(new Profile("Manufacturing", "200-500", "B2B components", "Consensus-driven",
                List.of(new DecisionMaker("Jane Roe", "CFO", Influence.HIGH))),
                new Procurement(ProcurementProcedure.PURCHASE_ORDER, "PO above 10k"), "seller-1", now);
        prospect.addApplication("Pipeline CRM", "Spreadsheets", null, new BigDecimal("12.5"), SavingPeriod.MONTH,
                "Two fewer admin days a month", "seller-1", now);
        prospect.markReady(Segment.STANDARD, now);
        return prospect;
    }

    @Test
    void aProspectReadyForItsProposalIsWonWithTheClosingTimeAndTheFirstOrdersValue() {
        Prospect prospect = readyProspect();
        assertNull(prospect.dealWin());
        assertTrue(prospect.markWon(closedAt, value, now.plusSeconds(1)));
        assertEquals(ProspectStatus.WON, prospect.status());
        assertEquals(new DealWin(closedAt, value), prospect.dealWin());
        assertEquals(now.plusSeconds(1), prospect.updatedAt());
    }

    @Test
    void aProspectBackInOrientationAfterARejectedVersionIsWonByTheRevisedOne() {
        Prospect prospect = readyProspect();
        prospect.reopenAfterRejection(new ProposalRejection(UUID.randomUUID(), 1, "Too expensive", "buyer", now),
                now);
        assertEquals(ProspectStatus.ORIENTATION, prospect.status());
        assertTrue(prospect.markWon(closedAt, value, now));
        assertEquals(ProspectStatus.WON, prospect.status());
    }

    @Test
    void aRepeatChangesNothing() {
        Prospect prospect = readyProspect();
        prospect.markWon(closedAt, value, now);
        assertFalse(prospect.markWon(closedAt.plusSeconds(60), Money.of("1.00", "USD"), now.plusSeconds(60)));
        assertEquals(new DealWin(closedAt, value), prospect.dealWin());
        assertEquals(now, prospect.updatedAt());
    }

    @Test
    void aLostProspectStaysLostAndAWonOneCannotBeLost() {
        Prospect lost = readyProspect();
        lost.lose("Went with a competitor", now);
        assertFalse(lost.markWon(closedAt, value, now));
        assertEquals(ProspectStatus.LOST, lost.status());
        assertNull(lost.dealWin());

        Prospect won = readyProspect();
        won.markWon(closedAt, value, now);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> won.lose("Changed their mind", now));
        assertEquals("WON", refused.currentState());
        assertNull(won.lossReason());
    }

    @Test
    void aProspectThatNeverHadAProposalHasNoDealThatCouldClose() {
        Prospect prospect = newProspect();
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> prospect.markWon(closedAt, value, now));
        assertEquals("RAPPORT", refused.currentState());
        assertEquals(ProspectStatus.RAPPORT, prospect.status());
        assertNull(prospect.dealWin());
    }

    @Test
    void aWonProspectTakesNoFurtherWorkNorALaterRejection() {
        Prospect prospect = readyProspect();
        prospect.markWon(closedAt, value, now);
        assertThrows(IllegalTransitionException.class, () -> prospect.markReady(Segment.STANDARD, now));
        assertFalse(prospect.reopenAfterRejection(
                new ProposalRejection(UUID.randomUUID(), 1, "Too expensive", "buyer", now.plusSeconds(5)), now));
        assertEquals(ProspectStatus.WON, prospect.status());
    }
}
