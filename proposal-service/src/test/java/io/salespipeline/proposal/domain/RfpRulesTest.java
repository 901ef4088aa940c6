package io.salespipeline.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.privacy.Erased;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A formal RFP's deadline and approval steps, as the proposal enforces them. */
class RfpRulesTest {

    private final Instant created = Instant.parse("2026-11-23T10:00:00Z");
    private final Product seat = Product.of("PIPE-CRM-SEAT", "Pipeline CRM seat", null, "seat-month",
            Money.of("29.00", "EUR"), true);
    private final RfpDetails rfp = new RfpDetails("RFP-2026-114", LocalDate.parse("2026-12-01"), List.of(
            new RfpDetails.ApprovalStep("Technical evaluation", "IT architecture board"),
            new RfpDetails.ApprovalStep("CFO sign-off", "Charles Babbage")));

    private Proposal draft(ProcurementProcedure procedure, RfpDetails details) {
        Proposal proposal = Proposal.draft(new Handover(UUID.randomUUID(), UUID.randomUUID(),
                new Customer("Analytical Engines Ltd", "Ada Lovelace", "ada@example.com"),
                new Procurement(procedure, "portal"), details, List.of(), created, null, List.of(), "event-1"),
                new OfferTerms("EUR", 60, null), "system", created);
        proposal.addLine(seat, BigDecimal.TEN, null, null, created);
        return proposal;
    }

    private Proposal sentFormal() {
        Proposal proposal = draft(ProcurementProcedure.FORMAL_RFP, rfp);
        proposal.send(DiscountPolicy.standard(), "seller-1", created);
        return proposal;
    }

    @Test
    void aFormalProposalIsSentUpToTheEndOfTheDeadlineDay() {
        Proposal proposal = draft(ProcurementProcedure.FORMAL_RFP, rfp);
        proposal.send(DiscountPolicy.standard(), "seller-1", Instant.parse("2026-12-01T23:59:59Z"));
        assertEquals(ProposalStatus.SENT, proposal.status());
    }

    @Test
    void sendingAfterTheDeadlineIsRefusedAndChangesNothing() {
        Proposal proposal = draft(ProcurementProcedure.FORMAL_RFP, rfp);
        RfpDeadlinePassedException refused = assertThrows(RfpDeadlinePassedException.class,
                () -> proposal.send(DiscountPolicy.standard(), "seller-1", Instant.parse("2026-12-02T00:00:00Z")));
        assertEquals(LocalDate.parse("2026-12-01"), refused.deadline());
        assertEquals(ProposalStatus.DRAFT, proposal.status());
        assertNull(proposal.sentAt());
    }

    @Test
    void aProposalWithoutAnRfpDeadlineIsNotHeldToOne() {
        Proposal quote = draft(ProcurementProcedure.ONE_PAGE_QUOTE, null);
        quote.send(DiscountPolicy.standard(), "seller-1", Instant.parse("2026-12-20T10:00:00Z"));
        Proposal formalWithoutReferences = draft(ProcurementProcedure.FORMAL_RFP, null);
        formalWithoutReferences.send(DiscountPolicy.standard(), "seller-1", Instant.parse("2026-12-20T10:00:00Z"));
        assertEquals(ProposalStatus.SENT, quote.status());
        assertEquals(ProposalStatus.SENT, formalWithoutReferences.status());
    }

    @Test
    void aFormalProposalIsAcceptedOnlyOnceEveryApprovalStepIsRecorded() {
        Proposal proposal = sentFormal();
        Instant later = created.plusSeconds(3600);
        proposal.recordApprovalStep("cfo SIGN-OFF", "Charles Babbage", null, "seller-1", later);

        ApprovalStepsMissingException refused = assertThrows(ApprovalStepsMissingException.class,
                () -> proposal.accept("Ada Lovelace", 1, "seller-1", later));
        assertEquals(List.of("Technical evaluation"), refused.missingSteps());
        assertEquals(ProposalStatus.SENT, proposal.status());
        assertNull(proposal.acceptance());

        proposal.recordApprovalStep("Technical evaluation", "IT architecture board", created.plusSeconds(60),
                "seller-1", later);
        proposal.accept("Ada Lovelace", 1, "seller-1", later);
        assertEquals(ProposalStatus.ACCEPTED, proposal.status());
        CustomerApprovalStep cfo = proposal.customerApprovals().get(0);
        assertEquals("CFO sign-off", cfo.step(), "stored as the RFP names it");
        assertEquals(later, cfo.approvedAt());
        assertEquals("seller-1", cfo.recordedBy());
        assertEquals(created.plusSeconds(60), proposal.customerApprovals().get(1).approvedAt());
        assertEquals(List.of(), proposal.missingApprovalSteps());
    }

    @Test
    void anUnknownRepeatedEarlyOrFutureStepIsRefusedAndChangesNothing() {
        Proposal proposal = sentFormal();
        Instant later = created.plusSeconds(3600);
        assertThrows(InvalidInputException.class,
                () -> proposal.recordApprovalStep("Legal review", "Counsel", null, "seller-1", later));
        assertThrows(InvalidInputException.class, () -> proposal.recordApprovalStep("CFO sign-off", "Charles Babbage",
                later.plusSeconds(3600), "seller-1", later));
        assertThrows(InvalidInputException.class, () -> proposal.recordApprovalStep("CFO sign-off", "Charles Babbage",
                created.minusSeconds(1), "seller-1", later));
        assertEquals(List.of(), proposal.customerApprovals());
        proposal.recordApprovalStep("CFO sign-off", "Charles Babbage", null, "seller-1", later);
        assertThrows(IllegalTransitionException.class,
                () -> proposal.recordApprovalStep("CFO sign-off", "Someone else", null, "seller-1", later));
        assertEquals(1, proposal.customerApprovals().size());
    }

    @Test
    void stepsAreRecordedOnlyOnASentProposalWhoseRfpListsThem() {
        Proposal draft = draft(ProcurementProcedure.FORMAL_RFP, rfp);
        assertThrows(IllegalTransitionException.class,
                () -> draft.recordApprovalStep("CFO sign-off", "Charles Babbage", null, "seller-1", created));
        Proposal quote = draft(ProcurementProcedure.ONE_PAGE_QUOTE, null);
        quote.send(DiscountPolicy.standard(), "seller-1", created);
        assertThrows(IllegalTransitionException.class,
                () -> quote.recordApprovalStep("CFO sign-off", "Charles Babbage", null, "seller-1", created));
        quote.accept("Ada Lovelace", 1, "seller-1", created);
        assertEquals(ProposalStatus.ACCEPTED, quote.status(), "a proposal without approval steps needs none");
    }

    @Test
    void anErasureForgetsTheContactAsAnApprover() {
        Proposal proposal = sentFormal();
        proposal.recordApprovalStep("CFO sign-off", "Ada Lovelace", null, "seller-1", created);
        proposal.recordApprovalStep("Technical evaluation", "IT architecture board", null, "seller-1", created);
        proposal.erasePerson(created);
        assertEquals(Erased.NAME, proposal.customerApprovals().get(0).approvedBy());
        assertEquals("IT architecture board", proposal.customerApprovals().get(1).approvedBy());
    }
}
