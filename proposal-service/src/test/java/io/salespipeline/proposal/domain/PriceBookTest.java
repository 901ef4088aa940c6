package io.salespipeline.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Price books: a product is quoted in a currency only at its price there, never at a converted one. */
class PriceBookTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private static Product seat() {
        return Product.of("SEAT", "Seat", null, "seat-month", Money.of("29.00", "EUR"), true);
    }

    private Proposal draftIn(String currency) {
        Handover handover = new Handover(UUID.randomUUID(), null, new Customer("ACME", "Wile E.", null),
                new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null), null, List.of(), null, null, List.of(), "e",
                null, currency);
        return Proposal.draft(handover, handover.offerTerms(new OfferTerms("EUR", 30, null)), "s", now);
    }

    @Test
    void aProductIsPricedInItsOwnCurrencyAndInEachCurrencyItsPriceBookHas() {
        Product seat = seat();
        seat.setPrice(Money.of("32", "USD"), "ada.admin", now);
        seat.setPrice(Money.of("27.50", "GBP"), "ada.admin", now);
        assertEquals(Money.of("29.00", "EUR"), seat.priceIn("EUR"));
        assertEquals(Money.of("32", "USD"), seat.priceIn("USD"));
        assertEquals(List.of("EUR", "GBP", "USD"), seat.pricedIn());
        NoPriceInCurrencyException none = assertThrows(NoPriceInCurrencyException.class, () -> seat.priceIn("JPY"));
        assertEquals("SEAT", none.sku());
        assertEquals("JPY", none.currency());
        assertEquals(List.of("EUR", "GBP", "USD"), none.pricedIn());
    }

    @Test
    void settingAPriceAgainReplacesItAndItsOwnCurrencySetsItsOwnPrice() {
        Product seat = seat();
        seat.setPrice(Money.of("32.00", "USD"), "ada.admin", now);
        seat.setPrice(Money.of("34.00", "USD"), "ada.admin", now);
        seat.setPrice(Money.of("30.00", "EUR"), "ada.admin", now);
        assertEquals(List.of(Money.of("30.00", "EUR"), Money.of("34.00", "USD")), seat.prices());
        assertEquals(Money.of("30.00", "EUR"), seat.unitPrice());
        assertEquals(1, seat.priceBookEntries().size());
        assertEquals("ada.admin", seat.priceBookEntries().get(0).updatedBy());
    }

    @Test
    void aBadPriceOrRemovingItsOwnPriceIsRefusedAndChangesNothing() {
        Product seat = seat();
        assertThrows(InvalidInputException.class, () -> seat.setPrice(Money.of("-1.00", "USD"), "a", now));
        assertThrows(InvalidInputException.class, () -> seat.setPrice(Money.of("1.0000001", "USD"), "a", now));
        assertThrows(InvalidInputException.class, () -> seat.removePrice("EUR"));
        assertThrows(RecordNotFoundException.class, () -> seat.removePrice("USD"));
        assertEquals(List.of("EUR"), seat.pricedIn());
        seat.setPrice(Money.of("32.00", "USD"), "a", now);
        seat.removePrice("USD");
        assertThrows(NoPriceInCurrencyException.class, () -> seat.priceIn("USD"));
    }

    @Test
    void itsOwnCurrencyCannotMoveOntoACurrencyThePriceBookAlreadyHas() {
        Product seat = seat();
        seat.setPrice(Money.of("32.00", "USD"), "a", now);
        assertThrows(InvalidInputException.class, () -> seat.change("Seat", null, "seat-month", Money.of("33.00", "USD")));
        assertEquals(Money.of("29.00", "EUR"), seat.unitPrice());
    }

    @Test
    void aDollarProposalCopiesTheDollarPriceAndRefusesAProductWithoutOne() {
        Product seat = seat();
        Product workshop = Product.of("DAY", "Workshop day", null, "day", Money.of("1200.00", "EUR"), true);
        seat.setPrice(Money.of("32.00", "USD"), "a", now);
        Proposal proposal = draftIn("USD");
        assertEquals("USD", proposal.currency());
        proposal.addLine(seat, new BigDecimal("10"), null, null, now);
        assertEquals(Money.of("320.00", "USD"), proposal.totals().total());
        assertThrows(NoPriceInCurrencyException.class,
                () -> proposal.addLine(workshop, BigDecimal.ONE, null, null, now));
        // A negotiated price does not make a product sellable in a currency its price book lacks.
        assertThrows(NoPriceInCurrencyException.class, () -> proposal.addLine(workshop, BigDecimal.ONE,
                Money.of("1300.00", "USD"), null, null, now));
        // Nor is a negotiated price in another currency than the proposal's taken.
        InvalidInputException mixed = assertThrows(InvalidInputException.class, () -> proposal.addLine(seat,
                BigDecimal.ONE, Money.of("30.00", "EUR"), null, null, now));
        assertEquals("unitPrice.currency", mixed.errors().get(0).field());
        assertEquals(1, proposal.lines().size());
    }

    @Test
    void aHandOverWithoutACurrencyIsMadeInTheSellersStandardOne() {
        OfferTerms standing = new OfferTerms("EUR", 30, null);
        Handover none = new Handover(UUID.randomUUID(), null, new Customer("ACME", "Wile E.", null),
                new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null), null, List.of(), null, null, List.of(), "e");
        assertEquals("EUR", none.offerTerms(standing).currency());
        Handover dollars = new Handover(UUID.randomUUID(), null, new Customer("ACME", "Wile E.", null),
                new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null), null, List.of(), null, null, List.of(), "e",
                null, "USD");
        assertEquals("USD", dollars.offerTerms(standing).currency());
    }
}
