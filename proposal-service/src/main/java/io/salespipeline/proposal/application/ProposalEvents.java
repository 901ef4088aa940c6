package io.salespipeline.proposal.application;

import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.DealBriefing;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import io.salespipeline.proposal.domain.Customer;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalLine;
import io.salespipeline.proposal.domain.PurchaseOrderReferences;
import io.salespipeline.proposal.events.ProposalAccepted;
import io.salespipeline.proposal.events.ProposalRejected;
import io.salespipeline.proposal.events.ProposalRevised;
import io.salespipeline.proposal.events.ProposalSent;
import java.time.Instant;
import java.util.List;

/** The wire records this service publishes, made from the proposal as it is after the change. */
final class ProposalEvents {

    private ProposalEvents() {
    }

    /** The accepted version with its lines and totals exactly as offered. */
    static ProposalAccepted accepted(Proposal proposal) {
        String currency = proposal.currency();
        Customer customer = proposal.customer();
        PurchaseOrderReferences po = proposal.purchaseOrder();
        LinePrice totals = proposal.totals();
        return new ProposalAccepted(proposal.id(), proposal.dealId(), proposal.version(),
                new ProposalAccepted.Customer(customer.company(), customer.contactName(), customer.contactEmail(),
                        customer.country()),
                proposal.procurement().procedure().name(), currency,
                proposal.lines().stream().map(line -> line(line, currency)).toList(),
                new ProposalAccepted.Totals(amount(totals.net()), amount(totals.tax()), amount(totals.total())),
                proposal.validUntil(), proposal.acceptance().acceptedBy(), proposal.acceptance().acceptedAt(),
                proposal.format().name(), proposal.quoteNumber(), po == null ? null
                        : new ProposalAccepted.PurchaseOrder(po.buyerReference(), po.requisitionNumber(),
                                po.costCenter(), po.invoiceAddress()),
                proposal.acceptance().acceptanceRecordedBy(), proposal.owner(), List.copyOf(proposal.sharedWith()),
                attribution(proposal.attribution()), briefing(proposal.briefing()), proposal.accountId());
    }

    /** What the seller learned and promised, handed on to the customer's support owner. */
    private static ProposalAccepted.Briefing briefing(DealBriefing briefing) {
        DealBriefing.ProfileSummary profile = briefing.profile();
        return new ProposalAccepted.Briefing(profile == null ? null
                : new ProposalAccepted.Profile(profile.industry(), profile.companySize(), profile.businessModel(),
                        profile.procurement()),
                briefing.applications().stream().map(a -> new ProposalAccepted.Application(a.applicationId(),
                        a.product(), a.costSaving() == null ? null : amount(a.costSaving()), a.timeSavingHours(),
                        a.period())).toList(),
                briefing.specialTerms().stream().map(t -> new ProposalAccepted.SpecialTerm(t.source(), t.term(),
                        t.text())).toList());
    }

    /** Where the deal came from, handed on; null when not known. */
    private static ProposalAccepted.Attribution attribution(Attribution known) {
        return known == null ? null
                : new ProposalAccepted.Attribution(known.sourceKind(), known.sourceDetail(), known.campaign());
    }

    static ProposalRejected rejected(Proposal proposal) {
        return new ProposalRejected(proposal.id(), proposal.dealId(), proposal.version(),
                proposal.rejection().reason(), proposal.rejection().rejectedBy(), proposal.rejection().rejectedAt(),
                proposal.owner(), List.copyOf(proposal.sharedWith()));
    }

    /** A version sent: what it totals and until when it holds. */
    static ProposalSent sent(Proposal proposal) {
        Money total = proposal.totals().total();
        return new ProposalSent(proposal.id(), proposal.dealId(), proposal.version(),
                new ProposalSent.Amount(total.amount(), total.currency()), proposal.validUntil(), proposal.sentBy(),
                proposal.sentAt());
    }

    /** The new draft {@code next} that revises {@code previous}. */
    static ProposalRevised revised(Proposal next, Proposal previous, String revisedBy, Instant revisedAt) {
        return new ProposalRevised(next.id(), next.dealId(), next.version(), previous.id(), revisedBy, revisedAt);
    }

    private static ProposalAccepted.Line line(ProposalLine line, String currency) {
        LinePrice price = line.price(currency);
        return new ProposalAccepted.Line(line.lineNo(), line.sku(), line.name(), line.unit(), line.quantity(),
                amount(line.unitPrice(currency)), line.discountPercent(), line.taxRatePercent(), amount(price.net()),
                amount(price.tax()), amount(price.total()));
    }

    private static ProposalAccepted.Amount amount(Money money) {
        return new ProposalAccepted.Amount(money.amount(), money.currency());
    }
}
