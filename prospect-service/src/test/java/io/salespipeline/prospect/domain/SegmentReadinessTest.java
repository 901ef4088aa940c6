package io.salespipeline.prospect.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salespipeline.platform.domain.IllegalTransitionException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The readiness steps come from the deal's segment: a small deal skips the profile, the public sector needs an RFP. */
class SegmentReadinessTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Segment smb = new Segment("SMB", EnumSet.of(Missing.QUANTIFIED_APPLICATION));
    private final Segment publicSector = new Segment("PUBLIC_SECTOR", EnumSet.of(Missing.PROFILE,
            Missing.PROCUREMENT, Missing.FORMAL_RFP, Missing.QUANTIFIED_APPLICATION));

    private Prospect newProspect(Segment segment) {
        return Prospect.open(UUID.randomUUID(), UUID.randomUUID(),
                new Contact("Ada Lovelace", "ada@example.com", null, "Analytical Engines Ltd", "CTO", "GB"),
                new Source("CONFERENCE", "TechConf 2026"), null, segment, "system", now);
    }

    private void addSaving(Prospect prospect) {
        prospect.addApplication("Pipeline CRM", "Spreadsheets", null, new BigDecimal("4"), SavingPeriod.MONTH,
                "Less admin", "seller-1", now);
    }

    private static Profile profile() {
        return new Profile("Government", "5000+", "Public service", null,
                List.of(new DecisionMaker("Jane Roe", "Procurement officer", Influence.HIGH)));
    }

    @Test
    void aSmallDealIsReadyFromRapportWithoutAProfileAndIsQuotedOnOnePage() {
        Prospect prospect = newProspect(smb);
        addSaving(prospect);
        prospect.markReady(smb, now);
        assertEquals(ProspectStatus.READY_FOR_PROPOSAL, prospect.status());
        assertNull(prospect.profile());
        assertEquals(ProcurementProcedure.ONE_PAGE_QUOTE, prospect.procurementForProposal().procedure());
    }

    @Test
    void theStandardSegmentStillNeedsTheProfile() {
        Prospect prospect = newProspect(Segment.STANDARD);
        addSaving(prospect);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> prospect.markReady(Segment.STANDARD, now));
        assertEquals(List.of("profile", "procurement"), refused.members().get("missing"));
        assertEquals(ProspectStatus.RAPPORT, prospect.status());
    }

    @Test
    void thePublicSectorNeedsTheFormalRfpPath() {
        Prospect prospect = newProspect(publicSector);
        prospect.describe(profile(), new Procurement(ProcurementProcedure.PURCHASE_ORDER, null), "seller-1", now);
        addSaving(prospect);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> prospect.markReady(publicSector, now));
        assertEquals(List.of("formalRfp"), refused.members().get("missing"));
        assertEquals(ProspectStatus.ORIENTATION, prospect.status());

        prospect.describe(profile(), new Procurement(ProcurementProcedure.FORMAL_RFP, null, "RFP-7",
                LocalDate.parse("2027-02-01"), List.of(new ApprovalStep("Board", null))), "seller-1", now);
        prospect.markReady(publicSector, now);
        assertEquals(ProspectStatus.READY_FOR_PROPOSAL, prospect.status());
    }

    @Test
    void theSegmentCanChangeWhileTheSellerIsLearningButNotAfter() {
        Prospect prospect = newProspect(Segment.STANDARD);
        prospect.classify(smb, now);
        assertEquals("SMB", prospect.segment());
        addSaving(prospect);
        prospect.markReady(smb, now);
        assertThrows(IllegalTransitionException.class, () -> prospect.classify(publicSector, now));
    }
}
