package io.salespipeline.prospect.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.salespipeline.prospect.domain.Application;
import io.salespipeline.prospect.domain.Contact;
import io.salespipeline.prospect.domain.DecisionMaker;
import io.salespipeline.prospect.domain.Influence;
import io.salespipeline.prospect.domain.Procurement;
import io.salespipeline.prospect.domain.ProcurementProcedure;
import io.salespipeline.prospect.domain.Profile;
import io.salespipeline.prospect.domain.Prospect;
import io.salespipeline.prospect.domain.Segment;
import io.salespipeline.prospect.domain.ProspectStatus;
import io.salespipeline.prospect.domain.SavingPeriod;
import io.salespipeline.prospect.domain.Source;
import io.salespipeline.platform.stage.DealLost;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.prospect.events.ProspectReadyForProposal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the prospect's events say, written from the prospect's state. */
class ProspectEventsTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final UUID dealId = UUID.fromString("0190a7f5-1111-7000-8000-000000000001");

    private Prospect newProspect() {
        return Prospect.open(dealId, UUID.fromString("0190a7f5-2222-7000-8000-000000000002"),
                new Contact("Ada Lovelace", "ada@example.com", null, "Analytical Engines Ltd", "CTO", "GB"),
                new Source("CONFERENCE", "TechConf 2026"), null, Segment.STANDARD, "system", now);
    }

    private void describe(Prospect prospect) {
        prospect.describe(new Profile("Manufacturing", "200-500", "B2B components", "Consensus-driven",
                List.of(new DecisionMaker("Jane Roe", "CFO", Influence.HIGH))),
                new Procurement(ProcurementProcedure.PURCHASE_ORDER, "PO above 10k"), "seller-1", now);
    }

    private Application addTimeSaving(Prospect prospect) {
        return prospect.addApplication("Pipeline CRM", "Deals tracked in spreadsheets", null,
                new BigDecimal("12.5"), SavingPeriod.MONTH, "Two fewer admin days a month", "seller-1", now);
    }

    @Test
    void readinessCarriesProfileProcurementAndApplications() {
        Prospect prospect = newProspect();
        describe(prospect);
        Application application = addTimeSaving(prospect);

        prospect.markReady(Segment.STANDARD, now);
        ProspectReadyForProposal ready = ProspectEvents.ready(prospect);

        assertEquals(ProspectStatus.READY_FOR_PROPOSAL, prospect.status());
        assertEquals(prospect.id(), ready.prospectId());
        assertEquals(dealId, ready.dealId());
        assertEquals("Analytical Engines Ltd", ready.contact().company());
        assertEquals("Manufacturing", ready.profile().industry());
        assertEquals(ProcurementProcedure.PURCHASE_ORDER.name(), ready.procurement().procedure());
        assertEquals(1, ready.applications().size());
        assertEquals(application.id(), ready.applications().get(0).applicationId());
        assertEquals(new BigDecimal("12.5"), ready.applications().get(0).timeSavingHours());
        assertNull(ready.applications().get(0).costSaving());
        assertEquals(now, ready.readyAt());
        assertEquals(new ProspectReadyForProposal.Attribution("CONFERENCE", "TechConf 2026", null), ready.attribution());
    }

    @Test
    void readinessCarriesTheLeadsCampaignOnAndNothingWhenTheLeadSaidNothing() {
        Prospect fromCampaign = Prospect.open(dealId, UUID.randomUUID(),
                new Contact("Ada Lovelace", "ada@example.com", null, "Analytical Engines Ltd", "CTO", "GB"),
                new Source("WEB_FORM", "Contact us", "spring-2026"), null, Segment.STANDARD, "system", now);
        describe(fromCampaign);
        addTimeSaving(fromCampaign);
        fromCampaign.markReady(Segment.STANDARD, now);
        assertEquals(new ProspectReadyForProposal.Attribution("WEB_FORM", "Contact us", "spring-2026"), ProspectEvents.ready(fromCampaign).attribution());

        Prospect unknown = Prospect.open(dealId, UUID.randomUUID(),
                new Contact("Ada Lovelace", "ada@example.com", null, "Analytical Engines Ltd", "CTO", "GB"),
                null, null, Segment.STANDARD, "system", now);
        describe(unknown);
        addTimeSaving(unknown);
        unknown.markReady(Segment.STANDARD, now);
        assertNull(ProspectEvents.ready(unknown).attribution());
    }

    @Test
    void readinessCarriesTheCompanyAccountOnAndNullWhenTheLeadNamedNone() {
        UUID account = UUID.randomUUID();
        Prospect known = newProspect();
        known.forAccount(account);
        describe(known);
        addTimeSaving(known);
        known.markReady(Segment.STANDARD, now);
        assertEquals(account, ProspectEvents.ready(known).accountId());

        Prospect unknown = newProspect();
        describe(unknown);
        addTimeSaving(unknown);
        unknown.markReady(Segment.STANDARD, now);
        assertNull(ProspectEvents.ready(unknown).accountId());
    }

    @Test
    void aLossAtThisStageNamesTheStageAndTheReason() {
        Prospect prospect = newProspect();
        describe(prospect);
        addTimeSaving(prospect);
        prospect.markReady(Segment.STANDARD, now);

        prospect.lose("Chose a competitor", now);

        assertEquals(DealLost.at(Stage.PROSPECT, dealId, "Chose a competitor", now), ProspectEvents.lost(prospect));
    }
}
