package io.salespipeline.proposal.domain;

import io.salespipeline.platform.customerlink.LinkEvidence;
import io.salespipeline.platform.audit.StampedRecord;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.privacy.Erased;
import io.salespipeline.platform.stage.DealLoss;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.AttributionColumns;
import io.salespipeline.platform.stage.DealBriefing;
import io.salespipeline.platform.stage.DealBriefing.ProfileSummary;
import io.salespipeline.platform.stage.DealLostMark;
import io.salespipeline.platform.stage.DealWin;
import io.salespipeline.platform.stage.DealWonMark;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of the offer made to a customer for a deal. It is drafted from the prospect's
 * hand-over, priced line by line while in DRAFT, and never changes once SENT: the customer then
 * accepts or rejects it, or it expires. Changing a sent offer means a revision, the next version
 * ({@link ProposalVersions}, where the rules that span a deal's versions live).
 *
 * <p>Its lines are priced as its {@link Offer} says (platform {@link LinePrice}).
 *
 * <p>Its owner is the seller who works the deal, from the prospect's hand-over (a sales manager
 * may assign another); null: unassigned, visible to sales managers only.
 */
@Entity
@Table(name = "proposal")
// Who works it (OwnedRecord, under StampedRecord); the sharing list lives in V80's table.
@AssociationOverride(name = "sharedWith",
        joinTable = @JoinTable(name = "proposal_shared_with", joinColumns = @JoinColumn(name = "proposal_id")))
public class Proposal extends StampedRecord {

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
    @Embedded
    private Sending sending;
    @Embedded
    private Acceptance acceptance;
    @Embedded
    private Rejection rejection;
    private Instant expiredAt;
    @Embedded
    private Revision revision;
    @Embedded
    private Withdrawal withdrawal;
    @Embedded
    private DealLostMark dealLost;
    @Embedded
    private DiscountApproval approval;
    /** Where the deal came from (lead source, UTM campaign); null when the hand-over did not say. */
    @Embedded
    private AttributionColumns attribution;
    // The company account the deal is for (lead-service's); null: not known. Every version keeps it.
    private UUID accountId;
    /** An accepted version whose deal closed at the contract stage: when, and its first order's value. */
    @Embedded
    private DealWonMark dealWon;
    /** The RFP's approval steps passed at the customer (a formal proposal, once sent). */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<CustomerApprovalStep> customerApprovals;
    /** The company as the seller described it at the prospect stage; null when the hand-over did not. */
    @JdbcTypeCode(SqlTypes.JSON)
    private ProfileSummary profile;

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
        proposal.offer = Offer.empty(offerTerms.currency(), offerTerms.validityDays(), offerTerms.standardTerms(), now);
        proposal.sourceEventId = handover.sourceEventId();
        proposal.attribution = AttributionColumns.of(handover.attribution());
        proposal.profile = handover.profile();
        proposal.accountId = handover.accountId();
        proposal.created(actor, now);
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
        status.require(ProposalStatus.DRAFT, "adding a line");
        int lineNo = offer.add(product, quantity, unitPrice, discountPercent, taxRatePercent);
        approvalLapses(now);
        touched(now);
        return lineNo;
    }

    /** At the catalogue's price of this moment. */
    public int addLine(Product product, BigDecimal quantity, BigDecimal discountPercent, BigDecimal taxRatePercent,
            Instant now) {
        return addLine(product, quantity, null, discountPercent, taxRatePercent, now);
    }

    public void removeLine(int lineNo, Instant now) {
        status.require(ProposalStatus.DRAFT, "removing a line");
        offer.remove(id, lineNo);
        approvalLapses(now);
        touched(now);
    }

    /**
     * The document's texts and, for a PURCHASE_ORDER_QUOTE only, the buyer's purchase-order
     * references; draft only. A null summary or terms keeps what is there.
     */
    public void describe(String newSummary, String newTerms, PurchaseOrderReferences references, Instant now) {
        status.require(ProposalStatus.DRAFT, "changing the details");
        offer.describe(newSummary, newTerms, references, format());
        touched(now);
    }

    /**
     * The next version of this proposal as a new draft: the same customer, basis, texts, owner,
     * sharing and lines exactly as offered (not re-priced), a fresh validity. A SENT version is
     * thereby SUPERSEDED; a REJECTED or EXPIRED one keeps its state (it already has an answer).
     * Only the deal's latest version is revised: {@link ProposalVersions#revise}.
     */
    public Proposal revise(int validityDays, String actor, Instant now) {
        ProposalStatus replaced = status.revised();
        Proposal next = new Proposal();
        next.id = Ids.newId();
        next.version = version + 1;
        next.status = ProposalStatus.DRAFT;
        next.dealId = dealId;
        next.prospectId = prospectId;
        next.customer = customer;
        next.basis = basis;
        next.attribution = attribution;
        next.profile = profile;
        next.accountId = accountId;
        next.offer = offer.renewed(validityDays, now);
        next.revision = Revision.of(id);
        next.created(actor, now);
        next.assignOwner(owner(), now); // a new version of the same offer: whoever works the deal keeps it
        next.shareWith(sharedWith(), now);
        revision = Revision.replaced(revision, next.id, replaced == ProposalStatus.SUPERSEDED ? now : null);
        status = replaced;
        touched(now);
        return next;
    }

    /**
     * A new hand-over from the prospect (after a rejection) updates what this draft is built on:
     * the procurement procedure (and so the format), the RFP details and the applications.
     */
    public void rebase(Handover handover, Instant now) {
        status.require(ProposalStatus.DRAFT, "rebasing");
        basis = handover.basis();
        profile = handover.profile();
        offer.fitTo(format());
        sourceEventId = handover.sourceEventId();
        touched(now);
    }

    /**
     * The proposal goes to the customer; from now on it does not change. Discounts beyond the
     * policy need a granted approval first ({@link DiscountApproval#requireClearance}); an RFP's
     * proposal is sent by the RFP's deadline ({@link RfpDeadlinePassedException}).
     */
    public void send(DiscountPolicy policy, String actor, Instant now) {
        status.require(ProposalStatus.DRAFT, "sending");
        Sending sent = Sending.of(offer, actor, now);
        RfpRules.requireOpenForSubmission(rfp(), now);
        DiscountApproval.requireClearance(approval, discountBreaches(policy));
        sending = sent;
        status = ProposalStatus.SENT;
        touched(now);
    }

    /** The seller asks a sales manager to approve this draft's discounts beyond the policy; answers what is beyond. */
    public List<DiscountBreach> requestApproval(DiscountPolicy policy, String note, String actor, String subject,
            Instant now) {
        status.require(ProposalStatus.DRAFT, "requesting approval");
        List<DiscountBreach> breaches = discountBreaches(policy);
        approval = DiscountApproval.requested(approval, breaches, note, actor, subject, now);
        touched(now);
        return breaches;
    }

    /** A sales manager (not the deal's owner, not who asked) approves the requested discounts. */
    public void grantApproval(String comment, String actor, String subject, Instant now) {
        status.require(ProposalStatus.DRAFT, "granting approval");
        approval = DiscountApproval.granted(approval, comment, owner(), actor, subject, now);
        touched(now);
    }

    /** A sales manager (not the deal's owner, not who asked) refuses the requested discounts, saying why. */
    public void refuseApproval(String reason, String actor, String subject, Instant now) {
        status.require(ProposalStatus.DRAFT, "refusing approval");
        approval = DiscountApproval.refused(approval, reason, owner(), actor, subject, now);
        touched(now);
    }

    /** What in this offer goes beyond the policy. */
    public List<DiscountBreach> discountBreaches(DiscountPolicy policy) {
        return policy.breachesOf(offer.lines(), offer.currency());
    }

    /** A changed line: an approval requested or granted for the lines before no longer holds. */
    private void approvalLapses(Instant now) {
        approval = approval == null ? null : approval.lapsed(now);
    }

    /**
     * Records that one of the RFP's approval steps was passed at the customer: which step, who
     * approved and when (default: now). Sent only; each step once.
     */
    public void recordApprovalStep(String step, String approvedBy, Instant approvedAt, String actor, Instant now) {
        status.require(ProposalStatus.SENT, "recording an approval step");
        customerApprovals = RfpRules.recorded(customerApprovals(), rfp(), step, approvedBy, approvedAt, sentAt(),
                actor, now);
        touched(now);
    }

    /**
     * Records the customer's acceptance of exactly this version. A proposal past its validity
     * is marked EXPIRED and the acceptance refused ({@link ProposalExpiredException}); an RFP's
     * proposal needs each of its approval steps recorded first ({@link ApprovalStepsMissingException}).
     */
    public void accept(String customerPerson, Integer acceptedVersion, String actor, Instant now) {
        accept(customerPerson, acceptedVersion, null, actor, now);
    }

    /** The customer's acceptance through their link: as {@link #accept(String, Integer, String, Instant)}, with its evidence. */
    public void accept(String customerPerson, Integer acceptedVersion, LinkEvidence evidence, String actor, Instant now) {
        status.require(ProposalStatus.SENT, "acceptance");
        Acceptance checked = Acceptance.of(customerPerson, acceptedVersion, version, evidence, actor, now);
        if (expireIfOverdue(now)) {
            throw new ProposalExpiredException("acceptance", validUntil());
        }
        RfpRules.requireAllRecorded(rfp(), customerApprovals());
        status = ProposalStatus.ACCEPTED;
        acceptance = checked;
        touched(now);
    }

    public void reject(String reason, String actor, Instant now) {
        reject(reason, null, actor, now);
    }

    /** The customer's rejection through their link, with its evidence. */
    public void reject(String reason, LinkEvidence evidence, String actor, Instant now) {
        status.require(ProposalStatus.SENT, "rejection");
        rejection = Rejection.of(reason, evidence, actor, now);
        status = ProposalStatus.REJECTED;
        touched(now);
    }

    /** Refuses the action (409) unless this version is SENT: out for the customer's decision. */
    public void requireSent(String action) {
        status.require(ProposalStatus.SENT, action);
    }

    /** A customer's decision names the version it is about: it must be this one (409 otherwise). */
    public void requireVersion(Integer named, String action) {
        Require.present("version", named);
        if (named != version) {
            throw new IllegalTransitionException("proposal", status, action, "Version " + named
                    + " was named, but this proposal is version " + version + ".");
        }
    }

    /** A sent proposal whose validity has ended becomes EXPIRED; returns whether it did. */
    public boolean expireIfOverdue(Instant now) {
        if (status != ProposalStatus.SENT || !offer.endedBefore(now)) {
            return false;
        }
        status = ProposalStatus.EXPIRED;
        expiredAt = now;
        touched(now);
        return true;
    }

    /**
     * The deal was lost at another stage (sales.deal.lost): a draft or sent version is WITHDRAWN,
     * so it can no longer be sent or accepted; an accepted one keeps its status and carries the
     * loss as a mark (the first one reported); any other state is left alone.
     */
    public LossEffect dealLostElsewhere(String stage, String reason, Instant lostAt, Instant now) {
        if (status == ProposalStatus.DRAFT || status == ProposalStatus.SENT) {
            withdrawal = Withdrawal.of(reason, lostAt);
            status = ProposalStatus.WITHDRAWN;
        } else if (status == ProposalStatus.ACCEPTED && dealLost == null) {
            dealLost = DealLostMark.of(stage, reason, lostAt);
        } else {
            return LossEffect.NONE;
        }
        touched(now);
        return status == ProposalStatus.WITHDRAWN ? LossEffect.WITHDRAWN : LossEffect.MARKED;
    }

    /**
     * The deal of this accepted version closed at the contract stage: kept as a mark (the first one
     * reported) for the pipeline-value report's won revenue. Any other state, or a deal already
     * lost, is left alone. Answers whether it changed.
     */
    public boolean dealWon(Instant closedAt, Money value, Instant now) {
        if (status != ProposalStatus.ACCEPTED || dealWon != null || dealLost != null) {
            return false;
        }
        dealWon = DealWonMark.of(closedAt, value);
        touched(now);
        return true;
    }

    /**
     * Forgets the customer's contact person (erasure request), also as the named acceptor or
     * approver of an RFP step when that was the same person. An erasure is a legal duty, so it reaches sent proposals too;
     * lines, totals, status and timestamps stay. Answers whether anything changed.
     */
    public boolean erasePerson(Instant now) {
        Acceptance withoutPerson = acceptance == null ? null : acceptance.withoutPerson(customer);
        List<CustomerApprovalStep> approvals = customerApprovals().stream()
                .map(step -> customer.names(step.approvedBy()) ? step.withApprover(Erased.NAME) : step).toList();
        if (customer.isErased() && withoutPerson == acceptance && approvals.equals(customerApprovals())) {
            return false;
        }
        acceptance = withoutPerson;
        customerApprovals = approvals.isEmpty() ? customerApprovals : approvals;
        customer = customer.erased();
        touched(now);
        return true;
    }

    /** The quote number printed on the document and quoted on a purchase order: deal and version. */
    public String quoteNumber() {
        return "Q-" + dealId.toString().substring(0, 8).toUpperCase(Locale.ROOT) + "-" + version;
    }

    /** Sums of the rounded line amounts (never a re-rounding of a sum). */
    public LinePrice totals() {
        return offer.totals();
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
    public String sentBy() { return sending == null ? null : sending.sentBy(); }
    public Instant sentAt() { return sending == null ? null : sending.sentAt(); }
    public Acceptance acceptance() { return acceptance; }
    /** The RFP's approval steps recorded as passed at the customer, in the order recorded. */
    public List<CustomerApprovalStep> customerApprovals() { return customerApprovals == null ? List.of() : customerApprovals; }
    /** The RFP's approval steps still to record before an acceptance; empty without an RFP. */
    public List<String> missingApprovalSteps() { return RfpRules.missing(rfp(), customerApprovals()); }
    public Rejection rejection() { return rejection; }
    public Instant expiredAt() { return expiredAt; }
    public Withdrawal withdrawal() { return withdrawal; }
    /** Null until an approval of the discounts is requested. */
    public DiscountApproval approval() { return approval; }
    /** Null unless the deal of this accepted proposal was lost later. */
    public DealLoss dealLoss() { return dealLost == null ? null : dealLost.dealLoss(); }
    /** The deal's won mark, or null while it has not closed. */
    public DealWin dealWin() { return dealWon == null ? null : dealWon.dealWin(); }
    /** The company as the seller described it, or null when the hand-over did not. */
    public ProfileSummary profile() { return profile; }

    /**
     * What support is to be told of this version: the company's profile, the applications with
     * their savings and the discounts it promises ({@link PromisedDiscounts}).
     */
    public DealBriefing briefing() {
        return new DealBriefing(profile, applications().stream().map(a -> new DealBriefing.ApplicationSaving(
                a.applicationId(), a.product(), a.costSaving(), a.timeSavingHours(), a.period())).toList(),
                PromisedDiscounts.of(lines()));
    }

    /** Where the deal came from, or null when not known. */
    public Attribution attribution() { return attribution == null ? null : attribution.attribution(); }
    /** Null when the hand-over named no company account. */
    public UUID accountId() { return accountId; }
    /** The version this one revises, or null for version 1. */
    public UUID revisedFromId() { return revision == null ? null : revision.revisedFromId(); }
    /** The version that replaced this one, or null. */
    public UUID supersededById() { return revision == null ? null : revision.supersededById(); }
    public Instant supersededAt() { return revision == null ? null : revision.supersededAt(); }
}
