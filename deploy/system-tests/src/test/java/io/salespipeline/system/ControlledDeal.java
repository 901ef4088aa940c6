package io.salespipeline.system;

import static io.salespipeline.system.DealJourney.awaitOne;
import static io.salespipeline.system.DealJourney.call;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.salespipeline.client.contract.model.SignatureInput;
import io.salespipeline.client.contract.model.SignerRole;
import io.salespipeline.client.lead.model.AssessmentInput;
import io.salespipeline.client.lead.model.InterestChannel;
import io.salespipeline.client.lead.model.InterestInput;
import io.salespipeline.client.lead.model.LeadView;
import io.salespipeline.client.lead.model.NewKey;
import io.salespipeline.client.lead.model.NewLead;
import io.salespipeline.client.lead.model.RoutingOutcome;
import io.salespipeline.client.lead.model.RoutingRuleInput;
import io.salespipeline.client.lead.model.RoutingWay;
import io.salespipeline.client.lead.model.SourceInput;
import io.salespipeline.client.lead.model.SourceKind;
import io.salespipeline.client.lead.model.TradeRestrictionsInput;
import io.salespipeline.client.proposal.model.ApprovalGrantInput;
import io.salespipeline.client.proposal.model.ApprovalRequestInput;
import io.salespipeline.client.proposal.model.ApprovalStatus;
import io.salespipeline.client.proposal.model.NewLine;
import io.salespipeline.client.proposal.model.PriceInput;
import io.salespipeline.client.proposal.model.ProposalView;
import io.salespipeline.client.prospect.model.ApplicationInput;
import io.salespipeline.client.prospect.model.CurrencyInput;
import io.salespipeline.client.prospect.model.SavingPeriod;
import io.salespipeline.client.prospect.model.SegmentInput;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One deal that meets each of the sales team's controls, followed by its dealId: a partner's lead
 * from the US is routed by a rule to a seller; compliance has the US on the restricted-country list,
 * so qualifying it is refused until the list is cleared; the deal is quoted in US dollars from the
 * USD price book (a product without a dollar price is refused); its 25 % discount waits for a sales
 * manager's approval; contract and order are in dollars, for exactly the accepted total.
 */
final class ControlledDeal {

    private final SalesSystem system;
    private final Api admin;
    private final Api seller;
    private final Api manager;

    ControlledDeal(SalesSystem system) {
        this.system = system;
        this.admin = Api.as(system, "ada.admin", "admin", null);
        this.seller = Api.as(system, "sam.seller", "seller", null);
        this.manager = Api.as(system, "mia.manager", "sales-manager", null);
    }

    void run() {
        LeadView lead = routedPartnerLead();
        UUID dealId = qualifyOnceComplianceClearsTheCountry(lead.getId());
        prepareInDollars(dealId);
        ProposalView accepted = quoteFromTheDollarPriceBookWithAnApprovedDiscount(dealId);
        assertEquals("USD", accepted.getCurrency());
        closeAndOrder(dealId, accepted);
    }

    /** An admin routes the partner's US leads to sam.seller; the partner's lead arrives with its key. */
    private LeadView routedPartnerLead() {
        var key = call(() -> admin.apiKeys().issueApiKey(new NewKey().name("US reseller")));
        call(() -> admin.leadRouting().createRoutingRule(new RoutingRuleInput().name("US reseller leads")
                .way(RoutingWay.API_KEY).wayRef(key.getId().toString()).countries(List.of("US"))
                .team("Americas").sellers(List.of("sam.seller"))));
        LeadView lead = call(() -> Api.withKey(system, key.getKey(), null).leads().createLead(new NewLead()
                .name("Hank Scorpio").email("hank@globex.example").company("Globex Corporation")
                .jobTitle("CEO").country("US").source(new SourceInput().kind(SourceKind.REFERRAL)
                        .detail("US reseller")), null));
        assertEquals("sam.seller", lead.getOwner());
        assertEquals(RoutingOutcome.ASSIGNED, lead.getRouting().getOutcome());
        assertEquals("US reseller leads", lead.getRouting().getRule());
        return lead;
    }

    /** Qualifying a lead from a restricted country is refused (422 trade-restricted); cleared, it qualifies. */
    private UUID qualifyOnceComplianceClearsTheCountry(UUID leadId) {
        var leads = seller.leads();
        call(() -> admin.tradeRestrictions().replaceTradeRestrictions(new TradeRestrictionsInput()
                .restrictedCountries(List.of("US")).deniedParties(List.of())));
        call(() -> leads.assessLead(leadId, new AssessmentInput().viable(true).reasons("Budget for 40 seats")));
        InterestInput interest = new InterestInput().channel(InterestChannel.PHONE)
                .expressedAt(OffsetDateTime.parse("2026-11-20T10:00:00Z")).topics("pipeline analytics");
        var refused = assertThrows(io.salespipeline.client.lead.ApiException.class,
                () -> leads.recordLeadInterest(leadId, interest));
        assertEquals(422, refused.getCode());
        JsonPath problem = JsonPath.from(refused.getResponseBody());
        assertTrue(problem.getString("type").endsWith("/trade-restricted"), refused.getResponseBody());
        assertTrue(problem.getList("reasons").toString().contains("US"), refused.getResponseBody());
        assertEquals(null, call(() -> leads.getLead(leadId)).getDealId(), "a refused qualification changes nothing");
        // Sales managers see what the lists blocked, and why.
        var blocked = call(() -> manager.tradeRestrictions().listBlockedQualifications(null, 500)).getItems();
        assertTrue(blocked.stream().anyMatch(b -> leadId.equals(b.getRecordId())), "blocked qualification listed");

        call(() -> admin.tradeRestrictions().replaceTradeRestrictions(new TradeRestrictionsInput()
                .restrictedCountries(List.of()).deniedParties(List.of())));
        UUID dealId = call(() -> leads.recordLeadInterest(leadId, interest)).getDealId();
        assertTrue(dealId != null);
        return dealId;
    }

    /** A small deal (no formal profile) in US dollars, its saving in dollars too. */
    private void prepareInDollars(UUID dealId) {
        var prospects = seller.prospects();
        UUID id = awaitOne(() -> prospects.listProspects(null, dealId, null, null, null).getItems()).getId();
        call(() -> prospects.classifyProspect(id, new SegmentInput().segment("SMB")));
        call(() -> prospects.chooseDealCurrency(id, new CurrencyInput().currency("USD")));
        call(() -> prospects.addProspectApplication(id, new ApplicationInput().product("Pipeline CRM")
                .problem("Deals tracked in spreadsheets")
                .costSaving(new io.salespipeline.client.prospect.model.Money().amount("30000.00").currency("USD"))
                .period(SavingPeriod.YEAR).reasoning("Two fewer admin days a month")));
        call(() -> prospects.markProspectReady(id));
    }

    private ProposalView quoteFromTheDollarPriceBookWithAnApprovedDiscount(UUID dealId) {
        var products = admin.products();
        call(() -> products.setProductPrice("USD", "PIPE-CRM-SEAT", new PriceInput().amount("32.00")));
        call(() -> products.setProductPrice("USD", "ONBOARD-DAY", new PriceInput().amount("1300.00")));
        var proposals = seller.proposals();
        ProposalView draft = awaitOne(() -> proposals.listProposals(null, dealId, null, null).getItems());
        assertEquals("USD", draft.getCurrency());
        UUID id = draft.getId();
        // Premium support has no dollar price: it cannot be quoted, nothing is converted.
        var noPrice = assertThrows(io.salespipeline.client.proposal.ApiException.class, () -> proposals
                .addProposalLine(id, new NewLine().sku("SUPPORT-PREM").quantity("12")));
        assertEquals(422, noPrice.getCode());
        assertTrue(noPrice.getResponseBody().contains("no-price-in-currency"), noPrice.getResponseBody());
        call(() -> proposals.addProposalLine(id, new NewLine().sku("PIPE-CRM-SEAT").quantity("40")
                .discountPercent("25").taxRatePercent("10")));
        ProposalView priced = call(() -> proposals.addProposalLine(id, new NewLine().sku("ONBOARD-DAY")
                .quantity("2").taxRatePercent("10")));
        // 40 x 32.00 x 0.75 = 960.00 and 2 x 1300.00 = 2600.00: net 3560.00, tax 356.00, total 3916.00 USD.
        assertEquals("3916.00", priced.getTotals().getTotal().getAmount());
        assertEquals("USD", priced.getTotals().getTotal().getCurrency());

        var beyondPolicy = assertThrows(io.salespipeline.client.proposal.ApiException.class,
                () -> proposals.sendProposal(id));
        assertEquals(409, beyondPolicy.getCode());
        assertTrue(beyondPolicy.getResponseBody().contains("line-discount-limit"), beyondPolicy.getResponseBody());
        call(() -> proposals.requestDiscountApproval(id, new ApprovalRequestInput().note("40 seats, two-year term")));
        ProposalView granted = call(() -> manager.proposals().grantDiscountApproval(id,
                new ApprovalGrantInput().comment("Fine for 40 seats")));
        assertEquals(ApprovalStatus.GRANTED, granted.getApproval().getStatus());
        call(() -> proposals.sendProposal(id));
        // The customer accepts on their link's page.
        CustomerDecision.accept(CustomerDecision.proposalLink(system.kafka(), id.toString(), Duration.ofSeconds(90)),
                draft.getVersion(), "ControlledDeal browser");
        return call(() -> proposals.getProposal(id));
    }

    /** The contract and the first order carry the accepted dollars, unconverted. */
    private void closeAndOrder(UUID dealId, ProposalView accepted) {
        var contracts = seller.contracts();
        var contract = awaitOne(() -> contracts.listContracts(null, dealId, null, null).getItems());
        assertEquals("USD", contract.getCurrency());
        assertEquals(accepted.getTotals().getTotal().getAmount(), contract.getTotals().getTotal().getAmount());
        UUID id = contract.getId();
        try (CustomerBrowser customer = new CustomerBrowser(system, dealId)) {
            call(() -> contracts.sendContract(id));
            call(() -> contracts.signContract(id, new SignatureInput().signerName("Sam Seller")
                    .signerEmail("sam@seller.example").role(SignerRole.SELLER)));
            var read = call(() -> contracts.getContractDocumentWithHttpInfo(id, null));
            String hash = read.getHeaders().get("etag").get(0).replace("\"", "");
            // The customer signs and orders on their link pages.
            customer.sign("Hank Scorpio", hash);
            customer.placeFirstOrder("GLOBEX-1", "2027-01-15");
        }

        var order = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(
                () -> call(() -> manager.orders().listOrders(null, null, dealId, null, null).getItems()),
                items -> items.size() == 1).get(0);
        assertEquals("USD", order.getCurrency());
        assertEquals(0, new BigDecimal(accepted.getTotals().getTotal().getAmount())
                .compareTo(new BigDecimal(order.getTotals().getTotal().getAmount())));
        assertEquals("USD", order.getTotals().getTotal().getCurrency());
    }
}
