package io.salespipeline.prospect.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ProspectTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final UUID dealId = UUID.fromString("0190a7f5-1111-7000-8000-000000000001");

    private Prospect newProspect() {
        return Prospect.open(dealId, UUID.fromString("0190a7f5-2222-7000-8000-000000000002"),
                new Contact("Ada Lovelace", "ada@example.com", null, "Analytical Engines Ltd", "CTO", "GB"),
                new Source("CONFERENCE", "TechConf 2026"),
                new Qualification(new Qualification.Assessment("Budget confirmed", "seller-1", now),
                        new Qualification.Interest("PHONE", "pricing", now), now),
                Segment.STANDARD, "system", now);
    }

    private static Profile profile() {
        return new Profile("Manufacturing", "200-500", "B2B components", "Consensus-driven",
                List.of(new DecisionMaker("Jane Roe", "CFO", Influence.HIGH)));
    }

    private static Procurement procurement() {
        return new Procurement(ProcurementProcedure.PURCHASE_ORDER, "PO above 10k");
    }

    private static Procurement rfp() {
        return new Procurement(ProcurementProcedure.FORMAL_RFP, "Portal submission", "RFP-2026-114",
                LocalDate.parse("2027-01-15"), List.of(new ApprovalStep("Technical evaluation", "IT board"),
                        new ApprovalStep("CFO sign-off", null)));
    }

    private Application addTimeSaving(Prospect prospect) {
        return prospect.addApplication("Pipeline CRM", "Deals tracked in spreadsheets", null,
                new BigDecimal("12.5"), SavingPeriod.MONTH, "Two fewer admin days a month", "seller-1", now);
    }

    private Prospect readyProspect() {
        Prospect prospect = newProspect();
        prospect.describe(profile(), procurement(), "seller-1", now);
        addTimeSaving(prospect);
        prospect.markReady(Segment.STANDARD, now);
        return prospect;
    }

    @Test
    void opensInRapportWithTheLeadsSnapshot() {
        Prospect prospect = newProspect();
        assertEquals(ProspectStatus.RAPPORT, prospect.status());
        assertEquals(dealId, prospect.dealId());
        assertEquals("ada@example.com", prospect.contact().email());
        assertEquals("CONFERENCE", prospect.source().kind());
        assertEquals("seller-1", prospect.qualification().assessment().assessedBy());
        assertEquals("pricing", prospect.qualification().interest().topics());
        assertNull(prospect.profile());
    }

    @Test
    void theLatestInteractionSetsInterestAndFollowUpButABackdatedOneDoesNot() {
        Prospect prospect = newProspect();
        prospect.recordInteraction(InteractionType.CALL, now.minusSeconds(3600), "Intro call", "Send deck",
                LocalDate.parse("2026-11-30"), InterestLevel.MEDIUM, "seller-1", now);
        assertEquals(InterestLevel.MEDIUM, prospect.interestLevel());
        assertEquals(LocalDate.parse("2026-11-30"), prospect.nextFollowUpOn());

        prospect.recordInteraction(InteractionType.EMAIL, now.minusSeconds(86_400), "Earlier e-mail", null,
                LocalDate.parse("2026-11-25"), InterestLevel.LOW, "seller-1", now);
        assertEquals(InterestLevel.MEDIUM, prospect.interestLevel());
        assertEquals(LocalDate.parse("2026-11-30"), prospect.nextFollowUpOn());

        prospect.recordInteraction(InteractionType.DEMO, now, "Demo went well", null, null, null, "seller-1", now);
        assertEquals(InterestLevel.MEDIUM, prospect.interestLevel(), "no level given keeps the current one");
        assertNull(prospect.nextFollowUpOn(), "this contact was the follow-up");
        assertEquals(ProspectStatus.RAPPORT, prospect.status());
    }

    @Test
    void refusesAnInteractionInTheFutureOrAFollowUpBeforeIt() {
        Prospect prospect = newProspect();
        assertThrows(InvalidInputException.class, () -> prospect.recordInteraction(InteractionType.CALL,
                now.plusSeconds(86_400), "x", null, null, InterestLevel.HIGH, "s", now));
        assertThrows(InvalidInputException.class, () -> prospect.recordInteraction(InteractionType.CALL,
                now, "x", null, LocalDate.parse("2026-11-01"), InterestLevel.HIGH, "s", now));
        assertNull(prospect.interestLevel());
        assertNull(prospect.lastInteractionAt());
    }

    @Test
    void theProfileMovesRapportToOrientationAndCanBeRevised() {
        Prospect prospect = newProspect();
        prospect.describe(profile(), procurement(), "seller-1", now);
        assertEquals(ProspectStatus.ORIENTATION, prospect.status());
        assertEquals(Influence.HIGH, prospect.profile().decisionMakers().get(0).influence());

        prospect.describe(profile(), rfp(), "seller-1", now);
        assertEquals(ProspectStatus.ORIENTATION, prospect.status());
        assertEquals(ProcurementProcedure.FORMAL_RFP, prospect.procurement().procedure());
        assertEquals(LocalDate.parse("2027-01-15"), prospect.procurement().deadline());
        assertEquals("CFO sign-off", prospect.procurement().approvalSteps().get(1).step());
        assertEquals("RFP-2026-114", prospect.procurement().rfpReference());

        prospect.describe(profile(), procurement(), "seller-1", now);
        assertNull(prospect.procurement().deadline(), "a new procedure replaces the RFP's details");
        assertTrue(prospect.procurement().approvalSteps().isEmpty());
    }

    @Test
    void anApplicationNeedsACostOrTimeSavingAboveZero() {
        Prospect prospect = newProspect();
        assertThrows(InvalidInputException.class, () -> prospect.addApplication("CRM", "p", null, null,
                SavingPeriod.YEAR, "r", "s", now));
        assertThrows(InvalidInputException.class, () -> prospect.addApplication("CRM", "p",
                Money.of("0", "EUR"), null, SavingPeriod.YEAR, "r", "s", now));
        assertThrows(InvalidInputException.class, () -> prospect.addApplication("CRM", "p", null,
                new BigDecimal("-3"), SavingPeriod.YEAR, "r", "s", now));
        assertThrows(InvalidInputException.class, () -> prospect.addApplication("CRM", "p",
                Money.of("10.001", "EUR"), null, SavingPeriod.YEAR, "r", "s", now));
        assertTrue(prospect.applications().isEmpty());

        Application saving = prospect.addApplication("CRM", "p", Money.of("24000", "EUR"), null,
                SavingPeriod.YEAR, "r", "s", now);
        assertEquals(Money.of("24000.00", "EUR"), saving.costSaving());
        assertEquals(1, prospect.applications().size());
    }

    @Test
    void readinessNamesExactlyWhatIsMissing() {
        Prospect prospect = newProspect();
        IllegalTransitionException inRapport = assertThrows(IllegalTransitionException.class,
                () -> prospect.markReady(Segment.STANDARD, now));
        assertEquals("RAPPORT", inRapport.currentState());
        assertTrue(inRapport.getMessage().contains("the profile"));
        assertTrue(inRapport.getMessage().contains("quantified"));

        prospect.describe(profile(), procurement(), "seller-1", now);
        IllegalTransitionException noApplication = assertThrows(IllegalTransitionException.class,
                () -> prospect.markReady(Segment.STANDARD, now));
        assertEquals("ORIENTATION", noApplication.currentState());
        assertFalse(noApplication.getMessage().contains("the profile"));
        assertTrue(noApplication.getMessage().contains("at least one application with a quantified"));
        assertEquals(ProspectStatus.ORIENTATION, prospect.status());
    }

    @Test
    void aRefusedReadinessListsTheMissingCodes() {
        Prospect prospect = newProspect();
        assertEquals(List.of("profile", "procurement", "quantifiedApplication"),
                assertThrows(IllegalTransitionException.class, () -> prospect.markReady(Segment.STANDARD, now)).members().get("missing"));
        addTimeSaving(prospect);
        assertEquals(List.of("profile", "procurement"),
                assertThrows(IllegalTransitionException.class, () -> prospect.markReady(Segment.STANDARD, now)).members().get("missing"));
        prospect.describe(profile(), procurement(), "seller-1", now);
        assertTrue(prospect.missingForProposal(Segment.STANDARD_STEPS).isEmpty());
    }

    @Test
    void aFormalRfpNeedsItsDeadlineAndApprovalStepsWhichOtherProceduresRefuse() {
        assertEquals("procurement.deadline", assertThrows(InvalidInputException.class,
                () -> new Procurement(ProcurementProcedure.FORMAL_RFP, null, null, null,
                        List.of(new ApprovalStep("CFO sign-off", null)))).errors().get(0).field());
        assertEquals("procurement.approvalSteps", assertThrows(InvalidInputException.class,
                () -> new Procurement(ProcurementProcedure.FORMAL_RFP, null, null, LocalDate.parse("2027-01-15"),
                        List.of())).errors().get(0).field());
        assertEquals("procurement.deadline", assertThrows(InvalidInputException.class,
                () -> new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null, null, LocalDate.parse("2027-01-15"),
                        null)).errors().get(0).field());
        assertEquals("procurement.rfpReference", assertThrows(InvalidInputException.class,
                () -> new Procurement(ProcurementProcedure.PURCHASE_ORDER, null, "RFP-1", null, null))
                .errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> new ApprovalStep(" ", "CFO"));
    }

    @Test
    void savingsAreSummedPerYearPerCurrencyAndInHours() {
        Prospect prospect = newProspect();
        assertEquals(Savings.NONE, prospect.savings());
        prospect.addApplication("CRM", "p", Money.of("1000.50", "EUR"), new BigDecimal("2.5"), SavingPeriod.MONTH,
                "r", "s", now);
        prospect.addApplication("Analytics", "p", Money.of("3000", "EUR"), null, SavingPeriod.QUARTER, "r", "s", now);
        prospect.addApplication("Support", "p", Money.of("500", "USD"), new BigDecimal("40"), SavingPeriod.YEAR,
                "r", "s", now);

        Savings savings = prospect.savings();
        // 1000.50 x 12 + 3000 x 4 = 24006.00 EUR; 500 x 1 USD; 2.5 x 12 + 40 = 70 hours.
        assertEquals(List.of(Money.of("24006.00", "EUR"), Money.of("500.00", "USD")), savings.costPerYear());
        assertEquals(new BigDecimal("70"), savings.hoursPerYear());
    }

    @Test
    void aRejectedProposalBringsAReadyProspectBackToOrientationWithTheReason() {
        Prospect prospect = readyProspect();
        UUID proposalId = UUID.randomUUID();
        assertTrue(prospect.reopenAfterRejection(new ProposalRejection(proposalId, 1, "Too expensive", "buyer",
                now.plusSeconds(60)), now.plusSeconds(61)));
        assertEquals(ProspectStatus.ORIENTATION, prospect.status());
        assertEquals("Too expensive", prospect.lastRejection().reason());
        assertEquals(1, prospect.lastRejection().version());
        assertEquals(proposalId, prospect.lastRejection().proposalId());

        // The seller can work on it again and hand it over anew.
        addTimeSaving(prospect);
        prospect.markReady(Segment.STANDARD, now.plusSeconds(120));
        assertEquals(ProspectStatus.READY_FOR_PROPOSAL, prospect.status());

        assertFalse(prospect.reopenAfterRejection(new ProposalRejection(proposalId, 1, "Late repeat", "buyer",
                now.plusSeconds(30)), now.plusSeconds(130)), "an older rejection says nothing new");
        assertEquals(ProspectStatus.READY_FOR_PROPOSAL, prospect.status());

        prospect.lose("Went with a competitor", now.plusSeconds(200));
        assertFalse(prospect.reopenAfterRejection(new ProposalRejection(proposalId, 2, "x", "buyer",
                now.plusSeconds(300)), now.plusSeconds(300)));
        assertEquals(ProspectStatus.LOST, prospect.status());
    }

    @Test
    void aProspectReadyForProposalAllowsOnlyLoss() {
        Prospect prospect = readyProspect();
        List<Executable> refused = List.of(
                () -> prospect.recordInteraction(InteractionType.CALL, now, "x", null, null, null, "s", now),
                () -> prospect.describe(profile(), procurement(), "s", now),
                () -> addTimeSaving(prospect),
                () -> prospect.markReady(Segment.STANDARD, now));
        for (Executable action : refused) {
            assertEquals("READY_FOR_PROPOSAL", assertThrows(IllegalTransitionException.class, action).currentState());
        }

        prospect.lose("Chose a competitor", now);
        assertEquals(ProspectStatus.LOST, prospect.status());
    }

    @Test
    void lostIsTerminal() {
        Prospect prospect = newProspect();
        prospect.lose("No budget", now);
        List<Executable> refused = List.of(
                () -> prospect.recordInteraction(InteractionType.CALL, now, "x", null, null, null, "s", now),
                () -> prospect.describe(profile(), procurement(), "s", now),
                () -> addTimeSaving(prospect),
                () -> prospect.markReady(Segment.STANDARD, now),
                () -> prospect.lose("again", now));
        for (Executable action : refused) {
            assertEquals("LOST", assertThrows(IllegalTransitionException.class, action).currentState());
        }
        assertEquals("No budget", prospect.lossReason());
    }

    @Test
    void aLossNeedsAReason() {
        Prospect prospect = newProspect();
        prospect.describe(profile(), procurement(), "seller-1", now);
        assertThrows(InvalidInputException.class, () -> prospect.lose(" ", now));
        assertEquals(ProspectStatus.ORIENTATION, prospect.status());
    }
}
