package io.salespipeline.contract.application;

import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.DealBriefing;
import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.ContractLine;
import io.salespipeline.contract.domain.FirstOrder;
import io.salespipeline.contract.domain.Party;
import io.salespipeline.contract.domain.Terms;
import io.salespipeline.contract.domain.Totals;
import io.salespipeline.contract.domain.ContractStatus;
import io.salespipeline.contract.domain.Signature;
import io.salespipeline.contract.domain.SignerRole;
import io.salespipeline.contract.events.ContractFullySigned;
import io.salespipeline.contract.events.ContractSent;
import io.salespipeline.contract.events.ContractSigned;
import io.salespipeline.contract.events.DealClosed;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.stage.DealLost;
import io.salespipeline.platform.stage.Stage;
import java.time.Instant;
import java.util.List;

/** The events a contract publishes, written from its state as flat wire records. */
final class ContractEvents {

    private ContractEvents() {
    }

    /** The deal closed ({@link io.salespipeline.contract.domain.DealClosing}): what fulfilment needs. */
    static DealClosed closed(Contract contract, Terms template) {
        Party customer = contract.customer();
        Terms terms = contract.terms();
        FirstOrder order = contract.firstOrder();
        return new DealClosed(contract.id(), contract.dealId(), contract.proposalId(),
                new DealClosed.Customer(customer.company(), customer.contactName(), customer.contactEmail(),
                        customer.country()),
                new DealClosed.Terms(terms.paymentTerms(), terms.delivery(), terms.warranty(), terms.liability(),
                        terms.duration(), terms.renewal(), terms.governingLaw()),
                new DealClosed.FirstOrder(order.poNumber(), order.requestedDeliveryDate(), order.currency(),
                        order.lines().stream().map(ContractEvents::line).toList(), totals(order.totals()),
                        order.placedBy(), order.placedAt(),
                        order.receivedBy() == null ? null : order.receivedBy().name()),
                contract.signedAt(), contract.closedAt(), contract.owner(), List.copyOf(contract.sharedWith()),
                attribution(contract.attribution()), briefing(contract.briefing(template)),
                contract.accountId());
    }

    /** What the seller learned and promised, handed on to the customer's support owner. */
    private static DealClosed.Briefing briefing(DealBriefing briefing) {
        DealBriefing.ProfileSummary profile = briefing.profile();
        return new DealClosed.Briefing(profile == null ? null
                : new DealClosed.Profile(profile.industry(), profile.companySize(), profile.businessModel(),
                        profile.procurement()),
                briefing.applications().stream().map(a -> new DealClosed.Application(a.applicationId(), a.product(),
                        a.costSaving() == null ? null : amount(a.costSaving()), a.timeSavingHours(), a.period()))
                        .toList(),
                briefing.specialTerms().stream().map(t -> new DealClosed.SpecialTerm(t.source(), t.term(), t.text()))
                        .toList());
    }

    /** Where the deal came from, handed on to the order; null when not known. */
    private static DealClosed.Attribution attribution(Attribution known) {
        return known == null ? null
                : new DealClosed.Attribution(known.sourceKind(), known.sourceDetail(), known.campaign());
    }

    /** The customer declined the contract: the deal is lost at this stage. */
    static ContractSent sent(Contract contract, String sentBy) {
        return new ContractSent(contract.id(), contract.dealId(), contract.proposalId(), contract.documentSha256(),
                sentBy, contract.sentAt());
    }

    /** The signature {@code role} just gave (the latest of that role that counts). */
    static ContractSigned signed(Contract contract, SignerRole role, String recordedBy) {
        Signature signature = contract.signatures().stream().filter(s -> s.role() == role && s.counts())
                .reduce((first, second) -> second).orElseThrow();
        return new ContractSigned(contract.id(), contract.dealId(), role.name(), signature.documentSha256(),
                contract.status() == ContractStatus.SIGNED, recordedBy, signature.signedAt());
    }

    static ContractFullySigned fullySigned(Contract contract) {
        return new ContractFullySigned(contract.id(), contract.dealId(), contract.proposalId(),
                contract.documentSha256(), contract.signedAt());
    }

    static DealLost lost(Contract contract, Instant lostAt) {
        return DealLost.at(Stage.CONTRACT, contract.dealId(), contract.declineReason(), lostAt, contract.owner(),
                List.copyOf(contract.sharedWith()));
    }

    static DealClosed.Totals totals(Totals totals) {
        return new DealClosed.Totals(amount(totals.net()), amount(totals.tax()), amount(totals.total()));
    }

    private static DealClosed.Line line(ContractLine line) {
        return new DealClosed.Line(line.lineNo(), line.sku(), line.name(), line.unit(), line.quantity(),
                amount(line.unitPrice()), line.discountPercent(), line.taxRatePercent(), amount(line.net()),
                amount(line.tax()), amount(line.total()));
    }

    private static DealClosed.Amount amount(Money money) {
        return new DealClosed.Amount(money.amount(), money.currency());
    }
}
