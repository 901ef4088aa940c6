package io.salespipeline.proposal.application;

import io.salespipeline.proposal.domain.DiscountPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.web.DecimalsAsText;
import io.salespipeline.proposal.domain.Customer;
import io.salespipeline.proposal.domain.Handover;
import io.salespipeline.proposal.domain.OfferTerms;
import io.salespipeline.proposal.domain.Procurement;
import io.salespipeline.proposal.domain.ProcurementProcedure;
import io.salespipeline.proposal.domain.Product;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalStatus;
import io.salespipeline.proposal.domain.PurchaseOrderReferences;
import io.salespipeline.proposal.events.ProposalAccepted;
import io.salespipeline.proposal.events.ProposalRejected;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.DealBriefing;
import io.salespipeline.proposal.domain.ApplicationSummary;
import org.junit.jupiter.api.Test;

/** The events a proposal's answer publishes, made from the proposal by the application, and their wire format. */
class ProposalEventsTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final UUID dealId = UUID.fromString("0193a100-0000-7000-8000-00000000d001");
    private final Product seat = Product.of("PIPE-CRM-SEAT", "Pipeline CRM seat", null, "seat-month",
            Money.of("29.00", "EUR"), true);
    private final ObjectMapper json = mapper();

    /** Like the service's mapper: decimals as plain strings, times as ISO text. */
    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new DecimalsAsText().customize(mapper);
        return mapper;
    }

    private Proposal draft(ProcurementProcedure procedure) {
        return Proposal.draft(new Handover(dealId, UUID.randomUUID(),
                new Customer("Analytical Engines Ltd", "Ada Lovelace", "ada@example.com"),
                new Procurement(procedure, "three quotes needed"), null, List.of(), null, null, List.of(), "event-1"),
                new OfferTerms("EUR", 30, null), "system", now);
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

    private static ProposalAccepted.Amount amount(String eur) {
        return new ProposalAccepted.Amount(new BigDecimal(eur), "EUR");
    }

    @Test
    void draftToSentToAcceptedYieldsTheAcceptedEvent() {
        Proposal proposal = draft(ProcurementProcedure.PURCHASE_ORDER);
        assertEquals(1, proposal.addLine(seat, dec("3"), dec("12.5"), dec("19"), now));
        proposal.send(DiscountPolicy.standard(), "seller-1", now);
        assertEquals(ProposalStatus.SENT, proposal.status());
        assertEquals(now, proposal.sentAt());

        Instant later = now.plusSeconds(86_400);
        proposal.accept("Charles Babbage", 1, "seller-1", later);
        ProposalAccepted accepted = ProposalEvents.accepted(proposal);

        assertEquals(ProposalStatus.ACCEPTED, proposal.status());
        assertEquals(dealId, accepted.dealId());
        assertEquals(1, accepted.version());
        assertEquals("Charles Babbage", accepted.acceptedBy());
        assertEquals(later, accepted.acceptedAt());
        assertEquals(ProcurementProcedure.PURCHASE_ORDER.name(), accepted.procurement());
        assertEquals("Ada Lovelace", accepted.customer().contactName());
        assertEquals(1, accepted.lines().size());
        assertEquals(amount("76.12"), accepted.lines().get(0).net());
        assertEquals(amount("90.58"), accepted.totals().total());
        assertEquals(LocalDate.parse("2026-12-23"), accepted.validUntil());
    }

    @Test
    void aSentProposalCanBeRejectedWithAReason() {
        Proposal proposal = sentWithOneLine();
        proposal.reject("Went with a competitor", "seller-1", now);
        ProposalRejected rejected = ProposalEvents.rejected(proposal);
        assertEquals(ProposalStatus.REJECTED, proposal.status());
        assertEquals("Went with a competitor", rejected.reason());
        assertEquals("seller-1", rejected.rejectedBy());
        assertEquals(dealId, rejected.dealId());
        assertThrows(InvalidInputException.class, () -> sentWithOneLine().reject(" ", "s", now));
    }

    @Test
    void aRevisionKeepsTheOwnershipAndTheEventsHandItOn() {
        Proposal v1 = draft(ProcurementProcedure.ONE_PAGE_QUOTE);
        v1.assignOwner("sam.seller", now);
        v1.shareWith(List.of("tom.seller", "sue.seller"), now);
        v1.addLine(seat, BigDecimal.TEN, null, null, now);
        v1.send(DiscountPolicy.standard(), "sam.seller", now);

        Proposal v2 = v1.revise(30, "sam.seller", now);
        assertEquals("sam.seller", v2.owner());
        assertEquals(List.of("sue.seller", "tom.seller"), List.copyOf(v2.sharedWith()));
        v2.shareWith(List.of(), now);
        assertEquals(2, v1.sharedWith().size(), "each version has its own list");

        v2.send(DiscountPolicy.standard(), "sam.seller", now);
        v2.accept("Ada Lovelace", 2, "sam.seller", now);
        ProposalAccepted accepted = ProposalEvents.accepted(v2);
        assertEquals("sam.seller", accepted.owner());
        assertEquals(List.of(), accepted.sharedWith());

        Proposal other = sentWithOneLine();
        other.assignOwner("sue.seller", now);
        other.shareWith(List.of("sam.seller"), now);
        other.reject("Too expensive", "sue.seller", now);
        ProposalRejected rejected = ProposalEvents.rejected(other);
        assertEquals("sue.seller", rejected.owner());
        assertEquals(List.of("sam.seller"), rejected.sharedWith());
    }

    @Test
    void whereTheDealCameFromAndItsAccountAreKeptAcrossRevisionsAndHandedOnWithTheAcceptance() throws Exception {
        Attribution spring = new Attribution("WEB_FORM", "Contact us", "spring-2026");
        UUID account = UUID.randomUUID();
        Proposal v1 = Proposal.draft(new Handover(dealId, UUID.randomUUID(),
                new Customer("Analytical Engines Ltd", "Ada Lovelace", "ada@example.com"),
                new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null), null, List.of(), null, null, List.of(),
                "event-1", spring, null, null, account), new OfferTerms("EUR", 30, null), "system", now);
        v1.addLine(seat, BigDecimal.TEN, null, null, now);
        v1.send(DiscountPolicy.standard(), "sam.seller", now);
        Proposal v2 = v1.revise(30, "sam.seller", now);
        v2.send(DiscountPolicy.standard(), "sam.seller", now);
        v2.accept("Ada Lovelace", 2, "sam.seller", now);

        assertEquals(spring, v2.attribution());
        assertEquals(new ProposalAccepted.Attribution("WEB_FORM", "Contact us", "spring-2026"),
                ProposalEvents.accepted(v2).attribution());
        assertTrue(json.writeValueAsString(ProposalEvents.accepted(v2)).contains(",\"attribution\":{"
                + "\"sourceKind\":\"WEB_FORM\",\"sourceDetail\":\"Contact us\",\"campaign\":\"spring-2026\"},"));
        assertTrue(json.writeValueAsString(ProposalEvents.accepted(v2)).endsWith(",\"accountId\":\"" + account + "\"}"));
        assertEquals(account, v2.accountId());
        // A hand-over that did not say (published before attribution existed): not known, null on the wire.
        Proposal unknown = sentWithOneLine();
        unknown.accept("Ada", 1, "s", now);
        assertEquals(null, ProposalEvents.accepted(unknown).attribution());
        assertTrue(json.writeValueAsString(ProposalEvents.accepted(unknown)).contains(",\"attribution\":null,"));
        assertTrue(json.writeValueAsString(ProposalEvents.accepted(unknown)).endsWith(",\"accountId\":null}"));
    }

    @Test
    void onlyAnAcceptedVersionOfADealNotLostIsMarkedWon() {
        Proposal open = sentWithOneLine();
        assertTrue(!open.dealWon(now, Money.of("100.00", "USD"), now), "a sent proposal is not won");

        Proposal accepted = sentWithOneLine();
        accepted.accept("Ada", 1, "s", now);
        assertTrue(accepted.dealWon(now, Money.of("100.00", "USD"), now));
        assertEquals(Money.of("100.00", "USD"), accepted.dealWin().value());
        assertTrue(!accepted.dealWon(now.plusSeconds(1), Money.of("1.00", "USD"), now), "the first win is kept");

        Proposal lost = sentWithOneLine();
        lost.accept("Ada", 1, "s", now);
        lost.dealLostElsewhere("CONTRACT", "Declined", now, now);
        assertTrue(!lost.dealWon(now, Money.of("100.00", "USD"), now), "a deal lost is not won after");
        assertEquals(null, lost.dealWin());
    }

    @Test
    void anUnassignedProposalHandsOnNoOwner_andABlankOwnerOrShareIsRefused() {
        Proposal proposal = sentWithOneLine();
        proposal.accept("Ada", 1, "s", now);
        ProposalAccepted accepted = ProposalEvents.accepted(proposal);
        assertEquals(null, accepted.owner());
        assertEquals(List.of(), accepted.sharedWith());
        assertThrows(InvalidInputException.class, () -> proposal.assignOwner(" ", now));
        assertThrows(InvalidInputException.class, () -> proposal.shareWith(List.of("sue.seller", ""), now));
        assertTrue(proposal.sharedWith().isEmpty(), "a refused list changes nothing");
    }

    /** A purchase-order quote with one line, PO references, an owner and a colleague it is shared with. */
    private Proposal sentPurchaseOrderQuote() {
        Proposal proposal = draft(ProcurementProcedure.PURCHASE_ORDER);
        proposal.addLine(seat, dec("3"), dec("12.5"), dec("19"), now);
        proposal.describe(null, null, new PurchaseOrderReferences("BUY-1", null, "CC-7", null), now);
        proposal.assignOwner("sam.seller", now);
        proposal.shareWith(List.of("sue.seller"), now);
        proposal.send(DiscountPolicy.standard(), "sam.seller", now);
        return proposal;
    }

    @Test
    void theBriefingKeepsTheProfileAcrossRevisionsAndPromisesTheAcceptedVersionsDiscounts() {
        DealBriefing.ProfileSummary profile = new DealBriefing.ProfileSummary("Manufacturing", "200-500", "B2B",
                "ONE_PAGE_QUOTE");
        ApplicationSummary crm = new ApplicationSummary(UUID.randomUUID(), "Pipeline CRM", "Leads lost",
                Money.of("1000.00", "EUR"), new BigDecimal("12.5"), "MONTH", "Four sellers lose three hours a week");
        Proposal v1 = Proposal.draft(new Handover(dealId, UUID.randomUUID(),
                new Customer("Analytical Engines Ltd", "Ada Lovelace", "ada@example.com"),
                new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null), null, List.of(crm), null, null, List.of(),
                "event-1", null, null, profile), new OfferTerms("EUR", 30, null), "system", now);
        v1.addLine(seat, BigDecimal.TEN, null, null, now);
        v1.send(DiscountPolicy.standard(), "sam.seller", now);
        Proposal v2 = v1.revise(30, "sam.seller", now);
        v2.addLine(seat, BigDecimal.ONE, new BigDecimal("5.0"), null, now);
        v2.send(DiscountPolicy.standard(), "sam.seller", now);
        v2.accept("Ada Lovelace", 2, "sam.seller", now);

        ProposalAccepted.Briefing briefing = ProposalEvents.accepted(v2).briefing();

        assertEquals(new ProposalAccepted.Profile("Manufacturing", "200-500", "B2B", "ONE_PAGE_QUOTE"),
                briefing.profile());
        assertEquals(List.of(new ProposalAccepted.Application(crm.applicationId(), "Pipeline CRM",
                new ProposalAccepted.Amount(new BigDecimal("1000.00"), "EUR"), new BigDecimal("12.5"), "MONTH")),
                briefing.applications());
        assertEquals(List.of(new ProposalAccepted.SpecialTerm("PROPOSAL", "discount",
                "5% off Pipeline CRM seat (PIPE-CRM-SEAT), line 2")), briefing.specialTerms());
    }

    @Test
    void proposalAcceptedKeepsItsWireFormat() throws Exception {
        Proposal proposal = sentPurchaseOrderQuote();
        proposal.accept("Charles Babbage", 1, "sam.seller", now.plusSeconds(60));
        assertEquals("{\"proposalId\":\"" + proposal.id() + "\",\"dealId\":\"0193a100-0000-7000-8000-00000000d001\","
                + "\"version\":1,\"customer\":{\"company\":\"Analytical Engines Ltd\",\"contactName\":\"Ada Lovelace\","
                + "\"contactEmail\":\"ada@example.com\",\"country\":null},\"procurement\":\"PURCHASE_ORDER\",\"currency\":\"EUR\","
                + "\"lines\":[{\"lineNo\":1,\"sku\":\"PIPE-CRM-SEAT\",\"name\":\"Pipeline CRM seat\",\"unit\":\"seat-month\","
                + "\"quantity\":\"3\",\"unitPrice\":{\"amount\":\"29.00\",\"currency\":\"EUR\"},\"discountPercent\":\"12.5\","
                + "\"taxRatePercent\":\"19\",\"net\":{\"amount\":\"76.12\",\"currency\":\"EUR\"},"
                + "\"tax\":{\"amount\":\"14.46\",\"currency\":\"EUR\"},\"total\":{\"amount\":\"90.58\",\"currency\":\"EUR\"}}],"
                + "\"totals\":{\"net\":{\"amount\":\"76.12\",\"currency\":\"EUR\"},\"tax\":{\"amount\":\"14.46\","
                + "\"currency\":\"EUR\"},\"total\":{\"amount\":\"90.58\",\"currency\":\"EUR\"}},\"validUntil\":\"2026-12-23\","
                + "\"acceptedBy\":\"Charles Babbage\",\"acceptedAt\":\"2026-11-23T10:01:00Z\",\"format\":\"PURCHASE_ORDER_QUOTE\","
                + "\"quoteNumber\":\"Q-0193A100-1\",\"purchaseOrder\":{\"buyerReference\":\"BUY-1\",\"requisitionNumber\":null,"
                + "\"costCenter\":\"CC-7\",\"invoiceAddress\":null},\"acceptanceRecordedBy\":\"sam.seller\","
                + "\"owner\":\"sam.seller\",\"sharedWith\":[\"sue.seller\"],\"attribution\":null,"
                + "\"briefing\":{\"profile\":null,\"applications\":[],\"specialTerms\":[{\"source\":\"PROPOSAL\","
                + "\"term\":\"discount\",\"text\":\"12.5% off Pipeline CRM seat (PIPE-CRM-SEAT), line 1\"}]},"
                + "\"accountId\":null}",
                json.writeValueAsString(ProposalEvents.accepted(proposal)));
    }

    @Test
    void proposalAcceptedWithoutPurchaseOrderReferencesSaysNull() throws Exception {
        Proposal proposal = sentWithOneLine();
        proposal.accept("Ada", 1, "s", now);
        assertTrue(json.writeValueAsString(ProposalEvents.accepted(proposal)).contains("\"purchaseOrder\":null,"));
    }

    @Test
    void proposalRejectedKeepsItsWireFormat() throws Exception {
        Proposal proposal = sentPurchaseOrderQuote();
        proposal.reject("Too expensive", "sam.seller", now.plusSeconds(60));
        assertEquals("{\"proposalId\":\"" + proposal.id() + "\",\"dealId\":\"0193a100-0000-7000-8000-00000000d001\","
                + "\"version\":1,\"reason\":\"Too expensive\",\"rejectedBy\":\"sam.seller\","
                + "\"rejectedAt\":\"2026-11-23T10:01:00Z\",\"owner\":\"sam.seller\",\"sharedWith\":[\"sue.seller\"]}",
                json.writeValueAsString(ProposalEvents.rejected(proposal)));
    }
}
