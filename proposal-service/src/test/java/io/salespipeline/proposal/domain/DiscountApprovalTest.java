package io.salespipeline.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The proposal's discount approval: who may take which step when, and what sending needs. */
class DiscountApprovalTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final DiscountPolicy policy = DiscountPolicy.standard();
    private final Product seat = Product.of("PIPE-CRM-SEAT", "Pipeline CRM seat", null, "seat-month",
            Money.of("29.00", "EUR"), true);

    /** A draft owned by sam.seller with one line at this discount. */
    private Proposal draftWithDiscount(String discount) {
        Proposal proposal = Proposal.draft(new Handover(UUID.randomUUID(), UUID.randomUUID(),
                new Customer("Analytical Engines Ltd", "Ada Lovelace", "ada@example.com"),
                new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null), null, List.of(), null, "sam.seller",
                List.of(), "event-1"), new OfferTerms("EUR", 30, null), "system", now);
        proposal.addLine(seat, BigDecimal.TEN, new BigDecimal(discount), null, now);
        return proposal;
    }

    private Proposal requested(String discount) {
        Proposal proposal = draftWithDiscount(discount);
        proposal.requestApproval(policy, "Competitor offers 25 %", "sam.seller (seller)", "sam.seller", now);
        return proposal;
    }

    private IllegalTransitionException sendingRefused(Proposal proposal) {
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> proposal.send(policy, "sam.seller (seller)", now));
        assertEquals(ProposalStatus.DRAFT, proposal.status());
        assertNull(proposal.sentAt());
        return refused;
    }

    @Test
    void aDiscountWithinThePolicyIsSentWithoutApproval() {
        Proposal proposal = draftWithDiscount("20");
        proposal.send(policy, "sam.seller (seller)", now);
        assertEquals(ProposalStatus.SENT, proposal.status());
        assertNull(proposal.approval());
    }

    @Test
    void aDiscountBeyondThePolicyIsNotSentAndTheRefusalSaysWhichRuleAndWhatToDo() {
        IllegalTransitionException refused = sendingRefused(draftWithDiscount("25"));
        assertEquals(List.of(LineDiscountLimit.NAME), refused.members().get("rules"));
        assertEquals(true, refused.members().get("approvalRequired"));
        assertNull(refused.members().get("approvalStatus"));
        assertTrue(refused.getMessage().contains("line 1 (PIPE-CRM-SEAT) has a 25 % discount, above the 20 %"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("Request a sales manager's approval"), refused.getMessage());
    }

    @Test
    void aRequestCarriesTheSellersNoteAndWhatIsBeyondThePolicy() {
        Proposal proposal = draftWithDiscount("25");
        List<DiscountBreach> breaches = proposal.requestApproval(policy, "Competitor offers 25 %",
                "sam.seller (seller)", "sam.seller", now);
        assertEquals(List.of(LineDiscountLimit.NAME), breaches.stream().map(DiscountBreach::rule).toList());
        assertEquals(ApprovalStatus.REQUESTED, proposal.approval().status());
        assertEquals("Competitor offers 25 %", proposal.approval().note());
        assertEquals("sam.seller (seller)", proposal.approval().requestedBy());
        IllegalTransitionException refused = sendingRefused(proposal);
        assertEquals("REQUESTED", refused.members().get("approvalStatus"));
        assertTrue(refused.getMessage().contains("awaiting a sales manager's decision"), refused.getMessage());
    }

    @Test
    void aRequestNeedsANoteADraftBeyondThePolicyAndNoOtherOpenRequest() {
        Proposal proposal = draftWithDiscount("25");
        assertThrows(InvalidInputException.class,
                () -> proposal.requestApproval(policy, " ", "sam.seller (seller)", "sam.seller", now));
        assertNull(proposal.approval());
        assertThrows(IllegalTransitionException.class,
                () -> draftWithDiscount("5").requestApproval(policy, "why not", "s", "sam.seller", now));
        proposal.requestApproval(policy, "note", "sam.seller (seller)", "sam.seller", now);
        assertThrows(IllegalTransitionException.class,
                () -> proposal.requestApproval(policy, "again", "sam.seller (seller)", "sam.seller", now));
        Proposal sent = draftWithDiscount("5");
        sent.send(policy, "s", now);
        assertEquals("SENT", assertThrows(IllegalTransitionException.class,
                () -> sent.requestApproval(policy, "late", "s", "sam.seller", now)).currentState());
    }

    @Test
    void aGrantedApprovalLetsTheDraftBeSentAsItIs() {
        Proposal proposal = requested("25");
        proposal.grantApproval("Strategic account", "max.manager (sales-manager)", "max.manager", now);
        assertEquals(ApprovalStatus.GRANTED, proposal.approval().status());
        assertEquals("max.manager (sales-manager)", proposal.approval().decidedBy());
        assertEquals("Strategic account", proposal.approval().decisionReason());
        assertEquals("Competitor offers 25 %", proposal.approval().note());
        proposal.send(policy, "sam.seller (seller)", now);
        assertEquals(ProposalStatus.SENT, proposal.status());
    }

    @Test
    void neitherWhoAskedNorTheDealsOwnerMayDecide() {
        Proposal proposal = draftWithDiscount("25");
        proposal.requestApproval(policy, "note", "mia.manager (sales-manager)", "mia.manager", now);
        IllegalTransitionException own = assertThrows(IllegalTransitionException.class,
                () -> proposal.grantApproval(null, "mia.manager (sales-manager)", "mia.manager", now));
        assertEquals("four-eyes", own.members().get("rule"));
        assertThrows(IllegalTransitionException.class,
                () -> proposal.refuseApproval("no", "sam.seller (sales-manager)", "sam.seller", now));
        assertEquals(ApprovalStatus.REQUESTED, proposal.approval().status());
    }

    @Test
    void aRefusalNeedsAReasonKeepsTheDraftUnsentAndMayBeAskedAgain() {
        Proposal proposal = requested("25");
        assertThrows(InvalidInputException.class,
                () -> proposal.refuseApproval("", "max.manager (sales-manager)", "max.manager", now));
        assertEquals(ApprovalStatus.REQUESTED, proposal.approval().status());
        proposal.refuseApproval("Margin too thin", "max.manager (sales-manager)", "max.manager", now);
        assertEquals(ApprovalStatus.REFUSED, proposal.approval().status());
        assertEquals("Margin too thin", proposal.approval().decisionReason());
        assertEquals("REFUSED", sendingRefused(proposal).members().get("approvalStatus"));
        assertThrows(IllegalTransitionException.class,
                () -> proposal.grantApproval(null, "max.manager (sales-manager)", "max.manager", now));
        proposal.requestApproval(policy, "They sign for three years", "sam.seller (seller)", "sam.seller", now);
        assertEquals(ApprovalStatus.REQUESTED, proposal.approval().status());
        assertNull(proposal.approval().decidedBy());
    }

    @Test
    void nothingToDecideWithoutARequest() {
        Proposal proposal = draftWithDiscount("25");
        assertThrows(IllegalTransitionException.class,
                () -> proposal.grantApproval(null, "max.manager (sales-manager)", "max.manager", now));
        assertThrows(IllegalTransitionException.class,
                () -> proposal.refuseApproval("no", "max.manager (sales-manager)", "max.manager", now));
        assertNull(proposal.approval());
    }

    @Test
    void aLineChangedAfterTheGrantMakesItLapseAndSendingNeedsANewOne() {
        Proposal proposal = requested("25");
        proposal.grantApproval(null, "max.manager (sales-manager)", "max.manager", now);
        proposal.addLine(seat, BigDecimal.ONE, BigDecimal.ZERO, null, now.plusSeconds(60));
        assertEquals(ApprovalStatus.LAPSED, proposal.approval().status());
        assertEquals(now.plusSeconds(60), proposal.approval().lapsedAt());
        assertEquals("LAPSED", sendingRefused(proposal).members().get("approvalStatus"));
        proposal.requestApproval(policy, "Same discount, one more seat", "sam.seller (seller)", "sam.seller", now);
        proposal.grantApproval(null, "max.manager (sales-manager)", "max.manager", now);
        proposal.send(policy, "sam.seller (seller)", now);
        assertEquals(ProposalStatus.SENT, proposal.status());
    }

    @Test
    void aLineRemovedWhileTheRequestWaitsMakesItLapseToo() {
        Proposal proposal = requested("25");
        proposal.addLine(seat, BigDecimal.ONE, BigDecimal.ZERO, null, now);
        proposal.removeLine(2, now);
        assertEquals(ApprovalStatus.LAPSED, proposal.approval().status());
        assertThrows(IllegalTransitionException.class,
                () -> proposal.grantApproval(null, "max.manager (sales-manager)", "max.manager", now));
    }

    @Test
    void aRevisionIsANewOfferAndNeedsItsOwnApproval() {
        Proposal proposal = requested("25");
        proposal.grantApproval(null, "max.manager (sales-manager)", "max.manager", now);
        proposal.send(policy, "sam.seller (seller)", now);
        Proposal next = proposal.revise(30, "sam.seller (seller)", now);
        assertNull(next.approval());
        assertThrows(IllegalTransitionException.class, () -> next.send(policy, "sam.seller (seller)", now));
    }

    @Test
    void aStricterPolicyLaterDoesNotUndoAGrantOfTheseLines() {
        Proposal proposal = requested("25");
        proposal.grantApproval(null, "max.manager (sales-manager)", "max.manager", now);
        DiscountPolicy stricter = DiscountPolicy.standard();
        stricter.change(BigDecimal.ONE, Money.of("1", "EUR"), "ada.admin (admin)", now);
        proposal.send(stricter, "sam.seller (seller)", now);
        assertEquals(ProposalStatus.SENT, proposal.status());
    }
}
