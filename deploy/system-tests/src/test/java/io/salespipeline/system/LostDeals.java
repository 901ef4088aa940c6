package io.salespipeline.system;

import static io.salespipeline.system.DealJourney.awaitOne;
import static io.salespipeline.system.DealJourney.call;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.client.contract.model.ContractStatus;
import io.salespipeline.client.contract.model.ReasonInput;
import io.salespipeline.client.lead.model.AssessmentInput;
import io.salespipeline.client.lead.model.InterestChannel;
import io.salespipeline.client.lead.model.InterestInput;
import io.salespipeline.client.lead.model.LeadStatus;
import io.salespipeline.client.lead.model.LeadView;
import io.salespipeline.client.lead.model.NewLead;
import io.salespipeline.client.lead.model.SourceInput;
import io.salespipeline.client.lead.model.SourceKind;
import io.salespipeline.client.proposal.model.NewLine;
import io.salespipeline.client.proposal.model.ProposalStatus;
import io.salespipeline.client.prospect.model.ApplicationInput;
import io.salespipeline.client.prospect.model.DecisionMakerInput;
import io.salespipeline.client.prospect.model.Influence;
import io.salespipeline.client.prospect.model.LossInput;
import io.salespipeline.client.prospect.model.ProcurementInput;
import io.salespipeline.client.prospect.model.ProcurementProcedure;
import io.salespipeline.client.prospect.model.ProfileInput;
import io.salespipeline.client.prospect.model.ProspectStatus;
import io.salespipeline.client.prospect.model.SavingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * Across the stages: deals lost at every stage, through the generated clients of the running
 * services, as a sales manager. Each earlier stage must mark the loss; a closed deal reaches
 * fulfilment exactly once; the stage figures of the deals driven here add up from stage to stage.
 */
final class LostDeals {

    private static final Duration HAND_OFF = Duration.ofSeconds(90);

    private final SalesSystem system;
    private final Api manager;

    LostDeals(SalesSystem system) {
        this.system = system;
        this.manager = Api.as(system, "max.manager", "sales-manager", null);
    }

    void run() {
        Instant from = Instant.now();

        // 1. Lost at the lead stage: disqualified. No deal starts.
        LeadView disqualified = call(() -> manager.leads().assessLead(lead(101),
                new AssessmentInput().viable(false).reasons("No budget")));
        assertEquals(LeadStatus.DISQUALIFIED, disqualified.getStatus());
        assertNull(disqualified.getDealId());

        // 2. Lost as a prospect.
        UUID prospectLost = qualify(lead(102));
        UUID prospect = prospect(prospectLost);
        call(() -> manager.prospects().loseProspect(prospect, new LossInput().reason("Chose a competitor")));
        awaitLeadMarked(prospectLost, "PROSPECT", "Chose a competitor");

        // 3. Proposal rejected, and then the deal lost.
        UUID rejectedThenLost = qualify(lead(103));
        UUID prospect3 = ready(rejectedThenLost);
        UUID proposal3 = sentProposal(rejectedThenLost);
        CustomerDecision.reject(CustomerDecision.proposalLink(system.kafka(), proposal3.toString(), HAND_OFF), 1, "Too expensive",
                "LostDeals browser");
        call(() -> manager.prospects().loseProspect(prospect3, new LossInput().reason("Budget moved to next year")));
        awaitLeadMarked(rejectedThenLost, "PROSPECT", "Budget moved to next year");
        var rejected = call(() -> manager.proposals().getProposal(proposal3));
        assertEquals(ProposalStatus.REJECTED, rejected.getStatus());
        assertNull(rejected.getDealLoss());

        // 4. Contract declined: every earlier stage marks the loss.
        UUID declined = qualify(lead(104));
        UUID prospect4 = ready(declined);
        UUID proposal4 = sentProposal(declined);
        CustomerDecision.accept(CustomerDecision.proposalLink(system.kafka(), proposal4.toString(), HAND_OFF), 1, "LostDeals browser");
        var contracts = manager.contracts();
        UUID contract = awaitOne(() -> contracts.listContracts(null, declined, null, null).getItems()).getId();
        call(() -> contracts.sendContract(contract));
        call(() -> contracts.declineContract(contract, new ReasonInput().reason("Liability clause unacceptable")));
        String reason = "Deal lost at CONTRACT: Liability clause unacceptable";
        awaitLeadMarked(declined, "CONTRACT", reason);
        await().atMost(HAND_OFF).untilAsserted(() -> {
            var lost = call(() -> manager.prospects().getProspect(prospect4));
            assertEquals(ProspectStatus.LOST, lost.getStatus());
            assertEquals(reason, lost.getLossReason());
        });
        await().atMost(HAND_OFF).untilAsserted(() -> {
            var accepted = call(() -> manager.proposals().getProposal(proposal4));
            assertEquals(ProposalStatus.ACCEPTED, accepted.getStatus());
            assertEquals("CONTRACT", accepted.getDealLoss() == null ? null : accepted.getDealLoss().getStage());
            assertEquals(reason, accepted.getDealLoss().getReason());
        });

        // 5. A closed deal reaches fulfilment exactly once, and no stage marks it lost.
        UUID closed = UUID.fromString(new DealJourney(system, 105).run().dealId());
        var orders = manager.orders();
        awaitOne(() -> orders.listOrders(null, null, closed, null, null).getItems());
        var customers = manager.customers();
        awaitOne(() -> customers.listCustomers(null, closed, null, null, null).getItems());
        assertNull(leadOf(closed).getDealLoss());
        assertEquals(ContractStatus.SIGNED,
                call(() -> contracts.listContracts(null, closed, null, null)).getItems().get(0).getStatus());

        // The funnel of these five deals, stage by stage (entered, forward, lost, returned, ended, still in stage).
        Instant to = Instant.now().plusSeconds(1);
        assertFigures("lead", from, to, 5, 4, 1, 0, 0, 0);
        // prospects: 102 lost, 103 ready then lost after the rejection (its latest exit), 104 and 105 forward
        assertFigures("prospect", from, to, 4, 2, 2, 0, 0, 0);
        assertFigures("proposal", from, to, 3, 2, 0, 1, 0, 0);
        assertFigures("contract", from, to, 2, 1, 1, 0, 0, 0);
        assertFigures("fulfillment", from, to, 1, 0, 0, 0, 0, 1);
        // Conversion reads across stages: what left stage N forward entered stage N+1.
        assertEquals(figures("lead", from, to).get("leftForward"), figures("prospect", from, to).get("entered"));
        assertEquals(figures("proposal", from, to).get("leftForward"), figures("contract", from, to).get("entered"));
        assertEquals(figures("contract", from, to).get("leftForward"), figures("fulfillment", from, to).get("entered"));
    }

    private UUID lead(int n) {
        return call(() -> manager.leads().createLead(new NewLead().name("Lost Buyer " + n)
                .email("lost%1$d@customer%1$d.example".formatted(n)).company("Lost " + n + " AG").country("DE")
                .source(new SourceInput().kind(SourceKind.REFERRAL).detail("partner")), null)).getId();
    }

    private UUID qualify(UUID lead) {
        call(() -> manager.leads().assessLead(lead, new AssessmentInput().viable(true).reasons("Fits")));
        return call(() -> manager.leads().recordLeadInterest(lead, new InterestInput().channel(InterestChannel.PHONE)
                .expressedAt(OffsetDateTime.parse("2026-11-20T10:00:00Z")).topics("pricing"))).getDealId();
    }

    private UUID prospect(UUID dealId) {
        var prospects = manager.prospects();
        return awaitOne(() -> prospects.listProspects(null, dealId, null, null, null).getItems()).getId();
    }

    private UUID ready(UUID dealId) {
        UUID id = prospect(dealId);
        var prospects = manager.prospects();
        call(() -> prospects.describeProspect(id, new ProfileInput().industry("Retail").companySize("50-200")
                .businessModel("B2C shops")
                .addDecisionMakersItem(new DecisionMakerInput().name("CEO").role("CEO").influence(Influence.HIGH))
                .procurement(new ProcurementInput().procedure(ProcurementProcedure.ONE_PAGE_QUOTE))));
        call(() -> prospects.addProspectApplication(id, new ApplicationInput().product("Pipeline CRM").problem("Spreadsheets")
                .costSaving(new io.salespipeline.client.prospect.model.Money().amount("5000.00").currency("EUR"))
                .period(SavingPeriod.YEAR).reasoning("Less admin")));
        call(() -> prospects.markProspectReady(id));
        return id;
    }

    private UUID sentProposal(UUID dealId) {
        var proposals = manager.proposals();
        UUID id = awaitOne(() -> proposals.listProposals(null, dealId, null, null).getItems()).getId();
        call(() -> proposals.addProposalLine(id, new NewLine().sku("PIPE-CRM-SEAT").quantity("5").taxRatePercent("19")));
        call(() -> proposals.sendProposal(id));
        return id;
    }

    private LeadView leadOf(UUID dealId) {
        var leads = manager.leads();
        return awaitOne(() -> leads.listLeads(null, null, null, null, dealId, null, null, null, null, null, null).getItems());
    }

    private void awaitLeadMarked(UUID dealId, String stage, String reason) {
        await().atMost(HAND_OFF).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            LeadView lead = leadOf(dealId);
            assertEquals(LeadStatus.QUALIFIED, lead.getStatus());
            assertEquals(stage, lead.getDealLoss() == null ? null : lead.getDealLoss().getStage());
            assertTrue(lead.getDealLoss().getReason().endsWith(reason), lead.getDealLoss().getReason());
        });
    }

    private Map<String, Long> figures(String service, Instant from, Instant to) {
        return manager.stageFigures(service, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
    }

    private void assertFigures(String service, Instant from, Instant to, long entered, long forward, long lost,
            long returned, long ended, long still) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Long> figures = figures(service, from, to);
            assertEquals(Map.of("entered", entered, "leftForward", forward, "lost", lost, "returned", returned,
                    "ended", ended, "stillInStage", still),
                    Map.of("entered", figures.get("entered"), "leftForward", figures.get("leftForward"),
                            "lost", figures.get("lost"), "returned", figures.get("returned"),
                            "ended", figures.get("ended"), "stillInStage", figures.get("stillInStage")),
                    service + " figures");
        });
    }
}
