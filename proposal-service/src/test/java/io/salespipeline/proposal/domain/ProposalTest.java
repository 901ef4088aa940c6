package io.salespipeline.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProposalTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final UUID dealId = UUID.fromString("0193a100-0000-7000-8000-00000000d001");
    private final Product seat = Product.of("PIPE-CRM-SEAT", "Pipeline CRM seat", null, "seat-month",
            Money.of("29.00", "EUR"), true);

    private Proposal draft(ProcurementProcedure procedure) {
        return Proposal.draft(new Handover(dealId, UUID.randomUUID(),
                new Customer("Analytical Engines Ltd", "Ada Lovelace", "ada@example.com"),
                new Procurement(procedure, "three quotes needed"), null, List.of(), null, null, List.of(), "event-1"),
                new OfferTerms("EUR", 30, null), "system", now);
    }

    private Handover handover(Procurement procurement, RfpDetails rfp, String event) {
        return new Handover(dealId, UUID.randomUUID(), new Customer("Analytical Engines Ltd", "Ada Lovelace", null),
                procurement, rfp, List.of(), now, null, List.of(), event);
    }

    private Proposal sentWithOneLine() {
        Proposal proposal = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        proposal.addLine(seat, BigDecimal.TEN, null, null, now);
        proposal.send(DiscountPolicy.standard(), "seller-1", now);
        return proposal;
    }

    private static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    @Test
    void aDraftIsVersionOneInTheConfiguredCurrencyValidForTheConfiguredDays() {
        Proposal proposal = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        assertEquals(ProposalStatus.DRAFT, proposal.status());
        assertEquals(1, proposal.version());
        assertEquals("EUR", proposal.currency());
        assertEquals(LocalDate.parse("2026-12-23"), proposal.validUntil());
        assertTrue(proposal.lines().isEmpty());
        assertEquals(Money.of("0.00", "EUR"), proposal.totals().total());
    }

    @Test
    void theFormatFollowsTheProcurementProcedure() {
        assertEquals(ProposalFormat.ONE_PAGE_QUOTE, draft(ProcurementProcedure.ONE_PAGE_QUOTE).format());
        assertEquals(ProposalFormat.PURCHASE_ORDER_QUOTE, draft(ProcurementProcedure.PURCHASE_ORDER).format());
        assertEquals(ProposalFormat.FORMAL_PROPOSAL, draft(ProcurementProcedure.FORMAL_RFP).format());
    }

    @Test
    void aDraftCannotBeAcceptedOrRejected() {
        Proposal proposal = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> proposal.accept("Charles", 1, "s", now));
        assertEquals("DRAFT", refused.currentState());
        assertThrows(IllegalTransitionException.class, () -> proposal.reject("no", "s", now));
        assertEquals(ProposalStatus.DRAFT, proposal.status());
    }

    @Test
    void sendingNeedsALineAndAValidityNotYetEnded() {
        Proposal empty = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        IllegalTransitionException noLines = assertThrows(IllegalTransitionException.class,
                () -> empty.send(DiscountPolicy.standard(), "s", now));
        assertEquals("DRAFT", noLines.currentState());
        assertTrue(noLines.getMessage().contains("line"));

        Proposal stale = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        stale.addLine(seat, BigDecimal.ONE, null, null, now);
        IllegalTransitionException expired = assertThrows(IllegalTransitionException.class,
                () -> stale.send(DiscountPolicy.standard(), "s", Instant.parse("2026-12-24T00:00:00Z")));
        assertTrue(expired.getMessage().contains("2026-12-23"));
        assertEquals(ProposalStatus.DRAFT, stale.status());

        // The last day of validity is still a valid day.
        stale.send(DiscountPolicy.standard(), "s", Instant.parse("2026-12-23T23:59:59Z"));
        assertEquals(ProposalStatus.SENT, stale.status());
    }

    @Test
    void aSentProposalDoesNotChange() {
        Proposal proposal = sentWithOneLine();
        IllegalTransitionException adding = assertThrows(IllegalTransitionException.class,
                () -> proposal.addLine(seat, BigDecimal.ONE, null, null, now));
        assertEquals("SENT", adding.currentState());
        assertThrows(IllegalTransitionException.class, () -> proposal.removeLine(1, now));
        assertThrows(IllegalTransitionException.class, () -> proposal.send(DiscountPolicy.standard(), "s", now));
        assertEquals(1, proposal.lines().size());
    }

    @Test
    void acceptanceMustNameTheCurrentVersion() {
        Proposal proposal = sentWithOneLine();
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> proposal.accept("Charles", 2, "s", now));
        assertEquals("SENT", refused.currentState());
        assertTrue(refused.getMessage().contains("version 1"));
        assertEquals(ProposalStatus.SENT, proposal.status());
        assertThrows(InvalidInputException.class, () -> proposal.accept("Charles", null, "s", now));
        assertThrows(InvalidInputException.class, () -> proposal.accept(" ", 1, "s", now));
        assertEquals(ProposalStatus.SENT, proposal.status());
    }

    @Test
    void acceptingAfterTheValidityExpiresTheProposalInstead() {
        Proposal proposal = sentWithOneLine();
        ProposalExpiredException refused = assertThrows(ProposalExpiredException.class,
                () -> proposal.accept("Charles", 1, "s", Instant.parse("2026-12-24T00:00:01Z")));
        assertEquals("EXPIRED", refused.currentState());
        assertEquals(ProposalStatus.EXPIRED, proposal.status());
        assertNotNull(proposal.expiredAt());
        assertThrows(IllegalTransitionException.class, () -> proposal.reject("late", "s", now));
    }

    @Test
    void onlyASentProposalPastItsValidityExpires() {
        Instant afterValidity = Instant.parse("2027-01-01T00:00:00Z");
        assertFalse(draft(ProcurementProcedure.ONE_PAGE_QUOTE).expireIfOverdue(afterValidity));
        Proposal sent = sentWithOneLine();
        assertFalse(sent.expireIfOverdue(Instant.parse("2026-12-23T12:00:00Z")));
        assertTrue(sent.expireIfOverdue(afterValidity));
        assertEquals(ProposalStatus.EXPIRED, sent.status());
        Proposal accepted = sentWithOneLine();
        accepted.accept("Charles", 1, "s", now);
        assertFalse(accepted.expireIfOverdue(afterValidity));
        assertEquals(ProposalStatus.ACCEPTED, accepted.status());
    }

    @Test
    void badLinesAreRefusedAndLeaveTheDraftAsItWas() {
        Proposal proposal = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        Product retired = Product.of("OLD-SEAT", "Old seat", null, "seat-month", Money.of("25.00", "EUR"), false);
        Product inDollars = Product.of("US-SEAT", "US seat", null, "seat-month", Money.of("31.00", "USD"), true);

        assertEquals("sku", field(() -> proposal.addLine(retired, BigDecimal.ONE, null, null, now)));
        // Priced in another currency only: the price book refusal (422 no-price-in-currency), nothing converted.
        assertEquals("EUR", assertThrows(NoPriceInCurrencyException.class,
                () -> proposal.addLine(inDollars, BigDecimal.ONE, null, null, now)).currency());
        assertEquals("quantity", field(() -> proposal.addLine(seat, BigDecimal.ZERO, null, null, now)));
        assertEquals("quantity", field(() -> proposal.addLine(seat, dec("-1"), null, null, now)));
        assertEquals("quantity", field(() -> proposal.addLine(seat, null, null, null, now)));
        assertEquals("quantity", field(() -> proposal.addLine(seat, dec("0.00001"), null, null, now)));
        assertEquals("quantity", field(() -> proposal.addLine(seat, dec("1e12"), null, null, now)));
        assertEquals("discountPercent", field(() -> proposal.addLine(seat, BigDecimal.ONE, dec("150"), null, now)));
        assertEquals("discountPercent", field(() -> proposal.addLine(seat, BigDecimal.ONE, dec("-1"), null, now)));
        assertEquals("taxRatePercent", field(() -> proposal.addLine(seat, BigDecimal.ONE, null, dec("100.5"), now)));

        assertTrue(proposal.lines().isEmpty());
        // Refused lines consumed no line number.
        assertEquals(1, proposal.addLine(seat, BigDecimal.ONE, null, null, now));
    }

    @Test
    void lineNumbersAreNeverReused() {
        Proposal proposal = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        proposal.addLine(seat, BigDecimal.ONE, null, null, now);
        assertEquals(2, proposal.addLine(seat, BigDecimal.TWO, null, null, now));
        proposal.removeLine(2, now);
        assertEquals(3, proposal.addLine(seat, BigDecimal.TEN, null, null, now));
        assertEquals(List.of(1, 3), proposal.lines().stream().map(ProposalLine::lineNo).toList());
        assertThrows(RecordNotFoundException.class, () -> proposal.removeLine(2, now));
    }

    @Test
    void theLineKeepsTheCatalogueDataOfTheMomentItWasAdded() {
        Proposal proposal = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        proposal.addLine(seat, dec("3.000"), dec("10.00"), null, now);
        ProposalLine line = proposal.lines().get(0);
        assertEquals("PIPE-CRM-SEAT", line.sku());
        assertEquals("Pipeline CRM seat", line.name());
        assertEquals("seat-month", line.unit());
        assertEquals(Money.of("29.00", "EUR"), line.unitPrice("EUR"));
        // Written without needless zeros; the tax rate defaults to 0.
        assertEquals("3", line.quantity().toPlainString());
        assertEquals("10", line.discountPercent().toPlainString());
        assertEquals("0", line.taxRatePercent().toPlainString());
    }

    @Test
    void aRevisionOfASentProposalIsTheNextVersionAsADraftAndSupersedesIt() {
        Proposal v1 = sentWithOneLine();
        Proposal v2 = v1.revise(30, "seller-2", now.plusSeconds(3600));

        assertEquals(ProposalStatus.SUPERSEDED, v1.status());
        assertEquals(v2.id(), v1.supersededById());
        assertEquals(2, v2.version());
        assertEquals(ProposalStatus.DRAFT, v2.status());
        assertEquals(v1.id(), v2.revisedFromId());
        assertEquals(dealId, v2.dealId());
        assertEquals(v1.lines().size(), v2.lines().size());
        assertEquals(v1.totals(), v2.totals());
        assertEquals(v1.customer(), v2.customer());
        assertEquals(v1.format(), v2.format());
        assertEquals("Q-0193A100-2", v2.quoteNumber());

        // The superseded version can no longer be answered; the revision is changed like any draft.
        assertEquals("SUPERSEDED", assertThrows(IllegalTransitionException.class,
                () -> v1.accept("Ada", 1, "seller-1", now)).currentState());
        assertEquals("SUPERSEDED", assertThrows(IllegalTransitionException.class,
                () -> v1.revise(30, "s", now)).currentState());
        v2.addLine(seat, BigDecimal.ONE, null, null, now);
        assertEquals(2, v2.lines().size());
        assertEquals(1, v1.lines().size(), "the sent version is not changed by its revision");
        v2.send(DiscountPolicy.standard(), "seller-2", now);
        v2.accept("Ada Lovelace", 2, "seller-2", now);
        assertEquals(ProposalStatus.ACCEPTED, v2.status());
        assertEquals(2, v2.version());
    }

    @Test
    void aRejectedOrExpiredProposalCanBeRevisedAndKeepsItsAnswer() {
        Proposal rejected = sentWithOneLine();
        rejected.reject("Too expensive", "seller-1", now);
        Proposal next = rejected.revise(30, "seller-1", now);
        assertEquals(ProposalStatus.REJECTED, rejected.status());
        assertEquals(next.id(), rejected.supersededById());
        assertEquals(2, next.version());

        Proposal expired = sentWithOneLine();
        expired.expireIfOverdue(now.plus(java.time.Duration.ofDays(40)));
        assertEquals(ProposalStatus.EXPIRED, expired.status());
        Proposal fresh = expired.revise(30, "seller-1", now.plus(java.time.Duration.ofDays(40)));
        assertEquals(LocalDate.parse("2027-02-01"), fresh.validUntil(), "a revision gets a fresh validity");
    }

    @Test
    void aDraftOrAnAcceptedProposalIsNotRevised() {
        Proposal draft = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        assertEquals("DRAFT", assertThrows(IllegalTransitionException.class,
                () -> draft.revise(30, "s", now)).currentState());
        Proposal accepted = sentWithOneLine();
        accepted.accept("Ada", 1, "s", now);
        assertEquals("ACCEPTED", assertThrows(IllegalTransitionException.class,
                () -> accepted.revise(30, "s", now)).currentState());
    }

    @Test
    void aNewHandOverRebasesADraftOnTheNewProcurement() {
        Proposal v2 = sentWithOneLine().revise(30, "s", now);
        RfpDetails rfp = new RfpDetails("RFP-9", LocalDate.parse("2027-02-01"),
                List.of(new RfpDetails.ApprovalStep("Board", null)));
        v2.rebase(handover(new Procurement(ProcurementProcedure.FORMAL_RFP, "portal"), rfp, "event-2"), now);
        assertEquals(ProposalFormat.FORMAL_PROPOSAL, v2.format());
        assertEquals(rfp, v2.rfp());
        v2.rebase(handover(new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null), rfp, "event-3"), now);
        assertEquals(ProposalFormat.ONE_PAGE_QUOTE, v2.format());
        assertEquals(null, v2.rfp(), "RFP references belong to a formal proposal only");
    }

    @Test
    void purchaseOrderReferencesBelongToAPurchaseOrderQuoteAndOnlyADraftChanges() {
        PurchaseOrderReferences po = new PurchaseOrderReferences("REQ-77", "R-1", "CC-4100", "Accounts payable");
        Proposal quote = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        assertEquals("purchaseOrder", field(() -> quote.describe(null, null, po, now)));

        Proposal poQuote = draft(ProcurementProcedure.PURCHASE_ORDER);
        poQuote.describe("Summary", "Net 30", po, now);
        assertEquals(po, poQuote.purchaseOrder());
        assertEquals("Net 30", poQuote.terms());
        poQuote.describe(null, null, null, now);
        assertEquals("Summary", poQuote.summary(), "a field left out keeps its value");

        Proposal sent = sentWithOneLine();
        assertEquals("SENT", assertThrows(IllegalTransitionException.class,
                () -> sent.describe("x", null, null, now)).currentState());
    }

    @Test
    void aNegotiatedUnitPriceReplacesTheCataloguePriceInTheProposalsCurrencyOnly() {
        Proposal proposal = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        proposal.addLine(seat, dec("10"), Money.of("25.00", "EUR"), null, null, now);
        assertEquals(Money.of("25.00", "EUR"), proposal.lines().get(0).unitPrice("EUR"));
        assertEquals(Money.of("250.00", "EUR"), proposal.totals().total());
        assertEquals("unitPrice.currency", field(() -> proposal.addLine(seat, dec("1"), Money.of("25.00", "USD"),
                null, null, now)));
        assertEquals("unitPrice.amount", field(() -> proposal.addLine(seat, dec("1"), Money.of("-1", "EUR"),
                null, null, now)));
        assertEquals(1, proposal.lines().size());
    }

    private static String field(Runnable action) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, action::run);
        return refused.errors().get(0).field();
    }
}
