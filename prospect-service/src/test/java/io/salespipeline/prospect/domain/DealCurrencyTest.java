package io.salespipeline.prospect.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The deal's currency: ISO 4217, chosen before the hand-over, and never mixed with the savings' currency. */
class DealCurrencyTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Segment smb = new Segment("SMB", EnumSet.of(Missing.QUANTIFIED_APPLICATION));

    private Prospect newProspect() {
        return Prospect.open(UUID.randomUUID(), UUID.randomUUID(),
                new Contact("Ada Lovelace", "ada@example.com", null, "Analytical Engines Ltd", "CTO", "US"),
                new Source("CONFERENCE", "TechConf 2026"), null, smb, "system", now);
    }

    private static void addSaving(Prospect prospect, String amount, String currency) {
        prospect.addApplication("Pipeline CRM", "Spreadsheets", Money.of(amount, currency), null, SavingPeriod.YEAR,
                "Less admin", "seller-1", Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void noCurrencyIsChosenUntilTheSellerChoosesOneAndItIsNormalisedToIso4217() {
        Prospect prospect = newProspect();
        assertNull(prospect.currency());
        prospect.chooseCurrency(" usd ", now);
        assertEquals("USD", prospect.currency());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> prospect.chooseCurrency("DOLLARS", now));
        assertEquals("currency", refused.errors().get(0).field());
        assertEquals("USD", prospect.currency());
    }

    @Test
    void aSavingInAnotherCurrencyThanTheDealsIsRefusedEitherWayRound() {
        Prospect prospect = newProspect();
        prospect.chooseCurrency("USD", now);
        InvalidInputException saving = assertThrows(InvalidInputException.class,
                () -> addSaving(prospect, "1000.00", "EUR"));
        assertEquals("costSaving.currency", saving.errors().get(0).field());
        assertEquals(0, prospect.applications().size());
        addSaving(prospect, "1000.00", "USD");

        Prospect euros = newProspect();
        addSaving(euros, "1000.00", "EUR");
        InvalidInputException choice = assertThrows(InvalidInputException.class,
                () -> euros.chooseCurrency("USD", now));
        assertEquals("currency", choice.errors().get(0).field());
        assertNull(euros.currency());
        euros.chooseCurrency("EUR", now);
        assertEquals("EUR", euros.currency());
    }

    @Test
    void theCurrencyIsFixedOnceTheDealWasHandedOverForAProposal() {
        Prospect prospect = newProspect();
        prospect.chooseCurrency("USD", now);
        addSaving(prospect, "1000.00", "USD");
        prospect.markReady(smb, now);
        assertThrows(IllegalTransitionException.class, () -> prospect.chooseCurrency("EUR", now));
        prospect.reopenAfterRejection(new ProposalRejection(UUID.randomUUID(), 1, "Too expensive", "CFO", now), now);
        assertEquals(ProspectStatus.ORIENTATION, prospect.status());
        assertThrows(IllegalTransitionException.class, () -> prospect.chooseCurrency("EUR", now));
        prospect.chooseCurrency("USD", now); // the same currency again changes nothing
        assertEquals("USD", prospect.currency());
    }
}
