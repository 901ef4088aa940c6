package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.security.OwnedRecord;
import io.salespipeline.platform.stage.DealLoss;
import io.salespipeline.platform.stage.DealLostMark;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One version of the offer made to a customer for a deal. It is drafted from the prospect's
 * hand-over, priced line by line while in DRAFT, and never changes once SENT: the customer then
 * accepts or rejects it, or it expires. Changing a sent offer means a revision, the next version
 * ({@link ProposalVersions}, where the rules that span a deal's versions live).
 *
 * <p>Pricing rule (platform {@link LinePrice}): per line, net = quantity x unit price x
 * (1 - discount%) and tax = net x tax rate%, each rounded HALF_EVEN to the currency's minor
 * unit; line total = net + tax. The proposal's totals are the sums of the rounded line amounts.
 *
 * <p>Its owner is the seller who works the deal, from the prospect's hand-over (a sales manager
 * may assign another); null: unassigned, visible to sales managers only.
 */
@Entity
@Table(name = "proposal")
// Who works it (OwnedRecord); the sharing list lives in V80's table.
@AssociationOverride(name = "sharedWith",
        joinTable = @JoinTable(name = "proposal_shared_with", joinColumns = @JoinColumn(name = "proposal_id")))
public class Proposal extends OwnedRecord {

    @Id
    private UUID id;
    /** Optimistic lock, not to be confused with {@link #version}, the revision number the customer sees. */
    @Version
    private long lockVersion;
    private int version;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private UUID dealId;
    private UUID prospectId;
    @Embedded
    private CustomerSnapshot customer;
    @Embedded
    private ProcurementBasis basis;
    @Embedded
    private Offer offer;

    private String sourceEventId;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private String sentBy;
    private Instant sentAt;
    @Embedded
    private Acceptance acceptance;
    @Embedded
    private Rejection rejection;
    private Instant expiredAt;
    private UUID revisedFromId;
    private UUID supersededById;
    private Instant supersededAt;
    @Embedded
    private Withdrawal withdrawal;
    @Embedded
    private DealLostMark dealLost;

    protected Proposal() {
        // for JPA
    }

    /**
     * The first version of the deal's proposal, as a draft without lines, owned and shared as the
     * hand-over says, in the seller's currency and standard terms (editable while in draft).
     */
    public static Proposal draft(Handover handover, OfferTerms offerTerms, String actor, Instant now) {
        Proposal proposal = new Proposal();
        proposal.id = Ids.newId();
        proposal.version = 1;
        proposal.status = ProposalStatus.DRAFT;
        proposal.dealId = Require.present("dealId", handover.dealId());
        proposal.prospectId = handover.prospectId();
        proposal.customer = CustomerSnapshot.of(handover.customer());
        proposal.basis = handover.basis();
        proposal.offer = Offer.empty(offerTerms.currency(), today(now).plusDays(offerTerms.validityDays()),
                offerTerms.standardTerms());
        proposal.sourceEventId = handover.sourceEventId();
        proposal.createdBy = actor;
        proposal.createdAt = now;
        proposal.updatedAt = now;
        proposal.assignOwner(handover.owner(), now);
        proposal.shareWith(handover.sharedWith(), now);
        return proposal;
    }

    /**
     * Puts a catalogue product on the draft at the given unit price (a negotiated price), or at
     * the catalogue's price of this moment when none is given. Returns the new line's number.
     */
    public int addLine(Product product, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent,
            BigDecimal taxRatePercent, Instant now) {
        requireDraft("adding a line");
        int lineNo = offer.add(product, quantity, unitPrice, discountPercent, taxRatePercent);
        updatedAt = now;
        return lineNo;
    }

    /** At the catalogue's price of this moment. */
    public int addLine(Product product, BigDecimal quantity, BigDecimal discountPercent, BigDecimal taxRatePercent,
            Instant now) {
        return addLine(product, quantity, null, discountPercent, taxRatePercent, now);
    }

    public void removeLine(int lineNo, Instant now) {
        requireDraft("removing a line");
        offer.remove(id, lineNo);
        updatedAt = now;
    }

    /**
     * The document's texts and, for a PURCHASE_ORDER_QUOTE only, the buyer's purchase-order
     * references; draft only. A null summary or terms keeps what is there.
     */
    public void describe(String newSummary, String newTerms, PurchaseOrderReferences references, Instant now) {
        requireDraft("changing the details");
        offer.describe(newSummary, newTerms, references, format());
        updatedAt = now;
    }

    /**
     * The next version of this proposal as a new draft: the same customer, basis, texts, owner,
     * sharing and lines exactly as offered (not re-priced), a fresh validity. A SENT version is
     * thereby SUPERSEDED; a REJECTED or EXPIRED one keeps its state (it already has an answer).
     * Only the deal's latest version is revised: {@link ProposalVersions#revise}.
     */
    public Proposal revise(int validityDays, String actor, Instant now) {
        if (!status.isRevisable()) {
            throw new IllegalTransitionException("proposal", status, "revision", status == ProposalStatus.DRAFT
                    ? "A draft is changed directly; only a sent proposal is revised."
                    : "A proposal in state " + status + " cannot be revised.");
        }
        Proposal next = new Proposal();
        next.id = Ids.newId();
        next.version = version + 1;
        next.status = ProposalStatus.DRAFT;
        next.dealId = dealId;
        next.prospectId = prospectId;
        next.customer = customer;
        next.basis = basis;
        next.offer = offer.renewed(today(now).plusDays(validityDays));
        next.revisedFromId = id;
        next.createdBy = actor;
        next.createdAt = now;
        next.updatedAt = now;
        next.assignOwner(owner(), now); // a new version of the same offer: whoever works the deal keeps it
        next.shareWith(sharedWith(), now);
        if (status == ProposalStatus.SENT) {
            status = ProposalStatus.SUPERSEDED;
            supersededAt = now;
        }
        supersededById = next.id;
        updatedAt = now;
        return next;
    }

    /**
     * A new hand-over from the prospect (after a rejection) updates what this draft is built on:
     * the procurement procedure (and so the format), the RFP details and the applications.
     */
    public void rebase(Handover handover, Instant now) {
        requireDraft("rebasing");
        basis = handover.basis();
        offer.fitTo(format());
        sourceEventId = handover.sourceEventId();
        updatedAt = now;
    }

    /** The proposal goes to the customer; from now on it does not change. */
    public void send(String actor, Instant now) {
        requireDraft("sending");
        if (offer.isEmpty()) {
            throw new IllegalTransitionException("proposal", status, "sending",
                    "A proposal without lines cannot be sent: add at least one line.");
        }
        if (validUntil().isBefore(today(now))) {
            throw new IllegalTransitionException("proposal", status, "sending",
                    "The proposal's validity ended on " + validUntil() + ": it cannot be sent.");
        }
        status = ProposalStatus.SENT;
        sentBy = actor;
        sentAt = now;
        updatedAt = now;
    }

    /**
     * Records the customer's acceptance of exactly this version. A proposal past its validity
     * is marked EXPIRED and the acceptance refused ({@link ProposalExpiredException}).
     */
    public void accept(String customerPerson, Integer acceptedVersion, String actor, Instant now) {
        requireSent("acceptance");
        Acceptance checked = Acceptance.of(customerPerson, actor, now);
        Require.present("version", acceptedVersion);
        if (acceptedVersion != version) {
            throw new IllegalTransitionException("proposal", status, "acceptance", "Version " + acceptedVersion
                    + " was accepted, but this proposal is version " + version + ".");
        }
        if (expireIfOverdue(now)) {
            throw new ProposalExpiredException("acceptance", validUntil());
        }
        status = ProposalStatus.ACCEPTED;
        acceptance = checked;
        updatedAt = now;
    }

    public void reject(String reason, String actor, Instant now) {
        requireSent("rejection");
        rejection = Rejection.of(reason, actor, now);
        status = ProposalStatus.REJECTED;
        updatedAt = now;
    }

    /** A sent proposal whose validity has ended becomes EXPIRED; returns whether it did. */
    public boolean expireIfOverdue(Instant now) {
        if (status != ProposalStatus.SENT || !validUntil().isBefore(today(now))) {
            return false;
        }
        status = ProposalStatus.EXPIRED;
        expiredAt = now;
        updatedAt = now;
        return true;
    }

    /** What a loss of the deal at another stage did to a version. */
    public enum LossEffect { WITHDRAWN, MARKED, NONE }

    /**
     * The deal was lost at another stage (sales.deal.lost): a draft or sent version is WITHDRAWN,
     * so it can no longer be sent or accepted; an accepted one keeps its status and carries the
     * loss as a mark (the first one reported); any other state is left alone.
     */
    public LossEffect dealLostElsewhere(String stage, String reason, Instant lostAt, Instant now) {
        LossEffect effect;
        if (status == ProposalStatus.DRAFT || status == ProposalStatus.SENT) {
            withdrawal = Withdrawal.of(reason, lostAt);
            status = ProposalStatus.WITHDRAWN;
            effect = LossEffect.WITHDRAWN;
        } else if (status == ProposalStatus.ACCEPTED && dealLost == null) {
            dealLost = DealLostMark.of(stage, reason, lostAt);
            effect = LossEffect.MARKED;
        } else {
            return LossEffect.NONE;
        }
        updatedAt = now;
        return effect;
    }

    /**
     * Forgets the customer's contact person (erasure request), also as the named acceptor when
     * that was the same person. An erasure is a legal duty, so it reaches sent proposals too;
     * lines, totals, status and timestamps stay. Answers whether anything changed.
     */
    public boolean erasePerson(Instant now) {
        Acceptance withoutPerson = acceptance == null ? null : acceptance.withoutPerson(customer);
        if (customer.isErased() && withoutPerson == acceptance) {
            return false;
        }
        acceptance = withoutPerson;
        customer = customer.erased();
        updatedAt = now;
        return true;
    }

    @Override
    protected void touched(Instant now) {
        updatedAt = now;
    }

    /** The quote number printed on the document and quoted on a purchase order: deal and version. */
    public String quoteNumber() {
        return "Q-" + dealId.toString().substring(0, 8).toUpperCase(Locale.ROOT) + "-" + version;
    }

    /** Sums of the rounded line amounts (never a re-rounding of a sum). */
    public LinePrice totals() {
        return offer.totals();
    }

    private void requireDraft(String action) {
        if (status != ProposalStatus.DRAFT) {
            throw new IllegalTransitionException("proposal", status, action);
        }
    }

    private void requireSent(String action) {
        if (status != ProposalStatus.SENT) {
            throw new IllegalTransitionException("proposal", status, action);
        }
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    public UUID id() { return id; }
    public int version() { return version; }
    public ProposalStatus status() { return status; }
    public UUID dealId() { return dealId; }
    public UUID prospectId() { return prospectId; }
    public Customer customer() { return customer.customer(); }
    public Procurement procurement() { return basis.procurement(); }
    public ProposalFormat format() { return basis.format(); }
    public List<ApplicationSummary> applications() { return basis.applications(); }
    public RfpDetails rfp() { return basis.rfp(); }
    public PurchaseOrderReferences purchaseOrder() { return offer.purchaseOrder(); }
    public String summary() { return offer.summary(); }
    public String terms() { return offer.terms(); }
    public String currency() { return offer.currency(); }
    public LocalDate validUntil() { return offer.validUntil(); }
    public List<ProposalLine> lines() { return offer.lines(); }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public String sentBy() { return sentBy; }
    public Instant sentAt() { return sentAt; }
    public Acceptance acceptance() { return acceptance; }
    public Rejection rejection() { return rejection; }
    public Instant expiredAt() { return expiredAt; }
    public Withdrawal withdrawal() { return withdrawal; }
    /** Null unless the deal of this accepted proposal was lost later. */
    public DealLoss dealLoss() { return dealLost == null ? null : dealLost.dealLoss(); }
    /** The version this one revises, or null for version 1. */
    public UUID revisedFromId() { return revisedFromId; }
    /** The version that replaced this one, or null. */
    public UUID supersededById() { return supersededById; }
    public Instant supersededAt() { return supersededAt; }
}
