package io.salespipeline.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.stage.DealWin;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadWonTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Instant closedAt = Instant.parse("2026-12-01T15:30:00Z");
    private final Money value = Money.of("1190.12", "EUR");

    private Lead newLead() {
        return Lead.create(new Contact("Ada Lovelace", "ada@example.com", null, "Analytical Engines Ltd", "CTO",
                "GB"), null, Map.of(), SourceKind.CONFERENCE, "TechConf 2026", "seller-1", now);
    }

    private Lead qualifiedLead() {
        Lead lead = newLead();
        lead.assess(true, "fits", "seller-1", now);
        lead.recordInterest(InterestChannel.PHONE, now, "pricing", "seller-1", now);
        return lead;
    }

    @Test
    void aQualifiedLeadIsWonWithTheClosingTimeAndTheFirstOrdersValue() {
        Lead lead = qualifiedLead();
        assertNull(lead.dealWin());
        assertTrue(lead.markWon(closedAt, value, now));
        assertEquals(LeadStatus.WON, lead.status());
        assertEquals(new DealWin(closedAt, value), lead.dealWin());
        assertEquals(now, lead.updatedAt());
    }

    @Test
    void aRepeatChangesNothing() {
        Lead lead = qualifiedLead();
        lead.markWon(closedAt, value, now);
        assertFalse(lead.markWon(closedAt.plusSeconds(60), Money.of("1.00", "USD"), now.plusSeconds(60)));
        assertEquals(new DealWin(closedAt, value), lead.dealWin());
        assertEquals(now, lead.updatedAt());
    }

    @Test
    void aLeadWhoseDealWasLostStaysLostAndAWonDealIsNotLostLater() {
        Lead lost = qualifiedLead();
        lost.markDealLost("PROSPECT", "Went with a competitor", now, now);
        assertFalse(lost.markWon(closedAt, value, now));
        assertEquals(LeadStatus.QUALIFIED, lost.status());
        assertNull(lost.dealWin());

        Lead won = qualifiedLead();
        won.markWon(closedAt, value, now);
        assertFalse(won.markDealLost("CONTRACT", "Declined", now, now));
        assertEquals(LeadStatus.WON, won.status());
        assertNull(won.dealLoss());
    }

    @Test
    void onlyAQualifiedLeadHasADealThatCanClose() {
        for (Lead lead : new Lead[] {newLead(), disqualified()}) {
            LeadStatus before = lead.status();
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> lead.markWon(closedAt, value, now));
            assertEquals(before.name(), refused.currentState());
            assertEquals(before, lead.status());
        }
    }

    @Test
    void aWonLeadTakesNoFurtherWork() {
        Lead lead = qualifiedLead();
        lead.markWon(closedAt, value, now);
        assertThrows(IllegalTransitionException.class, () -> lead.disqualify("late", now));
        assertThrows(IllegalTransitionException.class, () -> lead.reopen("again", "seller-1", now));
        assertThrows(IllegalTransitionException.class,
                () -> lead.recordContact(InterestChannel.PHONE, now, "seller-1", now));
    }

    @Test
    void anErasedLeadKeepsItsDealsOutcome() {
        Lead lead = qualifiedLead();
        lead.erase(now);
        assertTrue(lead.markWon(closedAt, value, now));
        assertEquals(LeadStatus.WON, lead.status());
    }

    private Lead disqualified() {
        Lead lead = newLead();
        lead.disqualify("No budget", now);
        return lead;
    }
}
