package io.salespipeline.proposal.domain;

import io.salespipeline.platform.privacy.Erased;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.security.OwnedRecord;
import io.salespipeline.proposal.events.ProposalAccepted;
import io.salespipeline.proposal.events.ProposalRejected;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of the offer made to a customer for a deal. It is drafted from the prospect's
 * orientation (customer, procurement procedure, applications), priced line by line while in
 * DRAFT, and immutable once SENT: the customer then accepts or rejects it, or it expires.
 * Changing a sent offer means a revision: version n+1 as a new draft (a new record with its own
 * id, same deal), while a still-open SENT version becomes SUPERSEDED.
 *
 * <p>Pricing rule (platform {@link LinePrice}): per line, net = quantity x unit price x
 * (1 - discount%) and tax = net x tax rate%, each rounded HALF_EVEN to the currency's minor
 * unit; line total = net + tax. The proposal's totals are the sums of the rounded line amounts.
 *
 * <p>Its owner is the seller who works the deal, from the prospect's hand-over (a sales manager
 * may assign another); null: unassigned, visible to sales managers only. Every version of a deal
 * has the same ownership.
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

    private String customerCompany;
    private String customerContactName;
    private String customerContactEmail;
    @Enumerated(EnumType.STRING)
    private ProcurementProcedure procurementProcedure;
    private String procurementNotes;
    @Enumerated(EnumType.STRING)
    private ProposalFormat format;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<ApplicationSummary> applications;
    @JdbcTypeCode(SqlTypes.JSON)
    private RfpDetails rfp;
    @JdbcTypeCode(SqlTypes.JSON)
    private PurchaseOrderReferences purchaseOrder;
    private String summary;
    private String terms;

    private String currency;
    private LocalDate validUntil;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_line", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderBy("lineNo")
    @BatchSize(size = 64) // a page of proposals loads its lines in a few selects, not one per proposal
    private List<ProposalLine> lines = new ArrayList<>();
    /** Line numbers are never reused, so a removed line's number cannot come to mean another line. */
    private int lastLineNo;

    private String sourceEventId;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private String sentBy;
    private Instant sentAt;
    private String acceptedBy;
    private Instant acceptedAt;
    private String acceptanceRecordedBy;
    private String rejectionReason;
    private String rejectedBy;
    private Instant rejectedAt;
    private Instant expiredAt;
    private UUID revisedFromId;
    private UUID supersededById;
    private Instant supersededAt;
    private String withdrawalReason;
    private Instant withdrawnAt;
    private String dealLostStage;
    private String dealLostReason;
    private Instant dealLostAt;

    protected Proposal() {
        // for JPA
    }

    /** The first version of the proposal for a deal, as a draft without lines. */
    public static Proposal draft(UUID dealId, UUID prospectId, Customer customer, Procurement procurement,
            List<ApplicationSummary> applications, String currency, int validityDays, String sourceEventId,
            String actor, Instant now) {
        return draft(dealId, prospectId, customer, procurement, null, applications, currency, validityDays, null,
                sourceEventId, actor, now);
    }

    /**
     * The first version of the proposal for a deal, as a draft without lines; rfp only for a
     * formal RFP; terms are the seller's standard terms, editable while in draft.
     */
    public static Proposal draft(UUID dealId, UUID prospectId, Customer customer, Procurement procurement,
            RfpDetails rfp, List<ApplicationSummary> applications, String currency, int validityDays, String terms,
            String sourceEventId, String actor, Instant now) {
        Proposal proposal = new Proposal();
        proposal.id = Ids.newId();
        proposal.version = 1;
        proposal.status = ProposalStatus.DRAFT;
        proposal.dealId = Require.present("dealId", dealId);
        proposal.prospectId = prospectId;
        proposal.customerCompany = customer.company();
        proposal.customerContactName = customer.contactName();
        proposal.customerContactEmail = customer.contactEmail();
        proposal.procurementProcedure = Require.present("procurement.procedure", procurement.procedure());
        proposal.procurementNotes = Require.optionalText("procurement.notes", procurement.notes(), 4000);
        proposal.format = proposal.procurementProcedure.format();
        proposal.applications = applications == null ? List.of() : List.copyOf(applications);
        proposal.rfp = proposal.format == ProposalFormat.FORMAL_PROPOSAL ? rfp : null;
        proposal.terms = Require.optionalText("terms", terms, 20_000);
        proposal.currency = Money.zero(currency).currency();
        proposal.validUntil = today(now).plusDays(validityDays);
        proposal.sourceEventId = sourceEventId;
        proposal.createdBy = actor;
        proposal.createdAt = now;
        proposal.updatedAt = now;
        return proposal;
    }

    /**
     * Puts a catalogue product on the draft at the catalogue's price of this moment.
     * Returns the new line's number.
     */
    public int addLine(Product product, BigDecimal quantity, BigDecimal discountPercent,
            BigDecimal taxRatePercent, Instant now) {
        return addLine(product, quantity, null, discountPercent, taxRatePercent, now);
    }

    /**
     * Puts a catalogue product on the draft at the given unit price (a negotiated price), or at
     * the catalogue's price of this moment when none is given. Returns the new line's number.
     */
    public int addLine(Product product, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent,
            BigDecimal taxRatePercent, Instant now) {
        requireDraft("adding a line");
        // Check everything before changing anything: a refused line leaves the proposal as it was.
        if (!product.active()) {
            throw new InvalidInputException("sku", "product " + product.sku() + " is retired and cannot be offered");
        }
        if (!product.unitPrice().currency().equals(currency)) {
            throw new InvalidInputException("sku", "product " + product.sku() + " is priced in "
                    + product.unitPrice().currency() + " but this proposal is in " + currency);
        }
        BigDecimal checkedQuantity = Decimals.bounded("quantity", Require.positive("quantity", quantity), 4, 9);
        BigDecimal discount = Decimals.bounded("discountPercent",
                Require.percentage("discountPercent", discountPercent), 4, 3);
        BigDecimal taxRate = Decimals.bounded("taxRatePercent",
                Require.percentage("taxRatePercent", taxRatePercent), 4, 3);
        Money price0 = unitPrice == null ? product.unitPrice() : checkedUnitPrice(unitPrice);
        LinePrice price = LinePrice.of(checkedQuantity, price0, discount, taxRate);
        lastLineNo++;
        lines.add(new ProposalLine(lastLineNo, product, checkedQuantity, price0, discount, taxRate, price));
        updatedAt = now;
        return lastLineNo;
    }

    private Money checkedUnitPrice(Money unitPrice) {
        if (!unitPrice.currency().equals(currency)) {
            throw new InvalidInputException("unitPrice.currency", "must be " + currency + ", the proposal's currency");
        }
        if (unitPrice.isNegative()) {
            throw new InvalidInputException("unitPrice.amount", "must not be negative");
        }
        BigDecimal amount = Decimals.bounded("unitPrice.amount", unitPrice.amount(), 6, 12);
        // Written like every amount: at least the currency's minor digits (25.00, not 25).
        return new Money(amount.scale() < unitPrice.minorDigits() ? amount.setScale(unitPrice.minorDigits())
                : amount, currency);
    }

    /**
     * The document's texts and, for a PURCHASE_ORDER_QUOTE only, the buyer's purchase-order
     * references; draft only. A null summary or terms keeps what is there.
     */
    public void describe(String newSummary, String newTerms, PurchaseOrderReferences references, Instant now) {
        requireDraft("changing the details");
        if (references != null && format != ProposalFormat.PURCHASE_ORDER_QUOTE) {
            throw new InvalidInputException("purchaseOrder", "applies only to a PURCHASE_ORDER_QUOTE proposal (this is a "
                    + format + ")");
        }
        String checkedSummary = Require.optionalText("summary", newSummary, 20_000);
        String checkedTerms = Require.optionalText("terms", newTerms, 20_000);
        if (checkedSummary != null) {
            summary = checkedSummary;
        }
        if (checkedTerms != null) {
            terms = checkedTerms;
        }
        if (references != null) {
            purchaseOrder = references;
        }
        updatedAt = now;
    }

    /**
     * The next version of this proposal as a new draft: same customer, procurement, texts and
     * lines exactly as offered (not re-priced), a fresh validity. A SENT version is thereby
     * SUPERSEDED; a REJECTED or EXPIRED one keeps its state (it already has an answer). The
     * caller makes sure this is the deal's latest version.
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
        next.customerCompany = customerCompany;
        next.customerContactName = customerContactName;
        next.customerContactEmail = customerContactEmail;
        next.procurementProcedure = procurementProcedure;
        next.procurementNotes = procurementNotes;
        next.format = format;
        next.applications = applications;
        next.rfp = rfp;
        next.purchaseOrder = purchaseOrder;
        next.summary = summary;
        next.terms = terms;
        next.currency = currency;
        next.validUntil = today(now).plusDays(validityDays);
        next.lines = new ArrayList<>(lines.stream().map(ProposalLine::copy).toList());
        next.lastLineNo = lastLineNo;
        next.revisedFromId = id;
        next.assignOwner(owner(), now); // a new version of the same offer: whoever works the deal keeps it
        next.shareWith(sharedWith(), now);
        next.createdBy = actor;
        next.createdAt = now;
        next.updatedAt = now;
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
    public void rebase(Procurement newProcurement, RfpDetails newRfp, List<ApplicationSummary> newApplications,
            String sourceEvent, Instant now) {
        requireDraft("rebasing");
        procurementProcedure = Require.present("procurement.procedure", newProcurement.procedure());
        procurementNotes = Require.optionalText("procurement.notes", newProcurement.notes(), 4000);
        format = procurementProcedure.format();
        rfp = format == ProposalFormat.FORMAL_PROPOSAL ? newRfp : null;
        if (format != ProposalFormat.PURCHASE_ORDER_QUOTE) {
            purchaseOrder = null;
        }
        applications = newApplications == null ? List.of() : List.copyOf(newApplications);
        sourceEventId = sourceEvent;
        updatedAt = now;
    }

    /** The quote number printed on the document and quoted on a purchase order: deal and version. */
    public String quoteNumber() {
        return "Q-" + dealId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT) + "-" + version;
    }

    public void removeLine(int lineNo, Instant now) {
        requireDraft("removing a line");
        if (!lines.removeIf(line -> line.lineNo() == lineNo)) {
            throw new RecordNotFoundException("proposal line", id + "/lines/" + lineNo);
        }
        updatedAt = now;
    }

    /** The proposal goes to the customer; from now on it does not change. */
    public void send(String actor, Instant now) {
        requireDraft("sending");
        if (lines.isEmpty()) {
            throw new IllegalTransitionException("proposal", status, "sending",
                    "A proposal without lines cannot be sent: add at least one line.");
        }
        if (validUntil.isBefore(today(now))) {
            throw new IllegalTransitionException("proposal", status, "sending",
                    "The proposal's validity ended on " + validUntil + ": it cannot be sent.");
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
    public ProposalAccepted accept(String customerPerson, Integer acceptedVersion, String actor, Instant now) {
        requireSent("acceptance");
        String checkedPerson = Require.text("acceptedBy", customerPerson, 200);
        Require.present("version", acceptedVersion);
        if (acceptedVersion != version) {
            throw new IllegalTransitionException("proposal", status, "acceptance", "Version " + acceptedVersion
                    + " was accepted, but this proposal is version " + version + ".");
        }
        if (expireIfOverdue(now)) {
            throw new ProposalExpiredException("acceptance", validUntil);
        }
        status = ProposalStatus.ACCEPTED;
        acceptedBy = checkedPerson;
        acceptedAt = now;
        acceptanceRecordedBy = actor;
        updatedAt = now;
        return new ProposalAccepted(id, dealId, version, customer(), procurementProcedure, currency,
                lines.stream().map(line -> ProposalAccepted.Line.of(line, currency)).toList(),
                ProposalAccepted.Totals.of(totals()), validUntil, acceptedBy, acceptedAt, format, quoteNumber(),
                purchaseOrder, acceptanceRecordedBy, owner(), List.copyOf(sharedWith()));
    }

    public ProposalRejected reject(String reason, String actor, Instant now) {
        requireSent("rejection");
        rejectionReason = Require.text("reason", reason, 4000);
        status = ProposalStatus.REJECTED;
        rejectedBy = actor;
        rejectedAt = now;
        updatedAt = now;
        return new ProposalRejected(id, dealId, version, rejectionReason, rejectedBy, rejectedAt, owner(),
                List.copyOf(sharedWith()));
    }

    /** A sent proposal whose validity has ended becomes EXPIRED; returns whether it did. */
    public boolean expireIfOverdue(Instant now) {
        if (status != ProposalStatus.SENT || !validUntil.isBefore(today(now))) {
            return false;
        }
        status = ProposalStatus.EXPIRED;
        expiredAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * The deal was lost elsewhere (sales.deal.lost): a draft or sent proposal is withdrawn, so it
     * can no longer be sent or accepted; answers whether it was. Any other state is left alone.
     */
    public boolean withdraw(String reason, Instant lostAt, Instant now) {
        if (status != ProposalStatus.DRAFT && status != ProposalStatus.SENT) {
            return false;
        }
        withdrawalReason = Require.text("reason", reason, 4000);
        withdrawnAt = Require.present("lostAt", lostAt);
        status = ProposalStatus.WITHDRAWN;
        updatedAt = now;
        return true;
    }

    /** The deal of this accepted proposal was lost later (contract declined); the first loss reported is kept. */
    public boolean markDealLost(String stage, String reason, Instant lostAt, Instant now) {
        if (status != ProposalStatus.ACCEPTED || dealLostAt != null) {
            return false;
        }
        dealLostStage = Require.text("stage", stage, 20);
        dealLostReason = Require.text("reason", reason, 4000);
        dealLostAt = Require.present("lostAt", lostAt);
        updatedAt = now;
        return true;
    }

    @Override
    protected void touched(Instant now) {
        updatedAt = now;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public DealLoss dealLoss() {
        return dealLostAt == null ? null : new DealLoss(dealLostStage, dealLostReason, dealLostAt);
    }

    /** Sums of the rounded line amounts (never a re-rounding of a sum). */
    public LinePrice totals() {
        return lines.stream().map(line -> line.price(currency)).reduce(LinePrice.zero(currency), LinePrice::plus);
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

    public UUID id() {
        return id;
    }

    public int version() {
        return version;
    }

    public ProposalStatus status() {
        return status;
    }

    public UUID dealId() {
        return dealId;
    }

    public UUID prospectId() {
        return prospectId;
    }

    public Customer customer() {
        return new Customer(customerCompany, customerContactName, customerContactEmail);
    }

    public Procurement procurement() {
        return new Procurement(procurementProcedure, procurementNotes);
    }

    public ProposalFormat format() {
        return format;
    }

    public List<ApplicationSummary> applications() {
        return applications;
    }

    public String currency() {
        return currency;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public List<ProposalLine> lines() {
        return List.copyOf(lines);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String acceptanceRecordedBy() {
        return acceptanceRecordedBy;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String rejectedBy() {
        return rejectedBy;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }

    public Instant expiredAt() {
        return expiredAt;
    }

    /**
     * Forgets the customer's contact person (erasure request), also as the named acceptor when
     * that was the same person. An erasure is a legal duty, so it reaches sent proposals too;
     * lines, totals, status and timestamps stay. Answers whether anything changed.
     */
    public boolean erasePerson(Instant now) {
        boolean acceptorIsThePerson = !Erased.NAME.equals(customerContactName)
                && Erased.sameName(acceptedBy, customerContactName);
        if (Erased.NAME.equals(customerContactName) && customerContactEmail == null && !acceptorIsThePerson) {
            return false;
        }
        if (acceptorIsThePerson) {
            acceptedBy = Erased.NAME;
        }
        customerContactName = Erased.NAME;
        customerContactEmail = null;
        updatedAt = now;
        return true;
    }

    /** Null unless the format is FORMAL_PROPOSAL. */
    public RfpDetails rfp() {
        return rfp;
    }

    /** Null unless the format is PURCHASE_ORDER_QUOTE and the seller recorded them. */
    public PurchaseOrderReferences purchaseOrder() {
        return purchaseOrder;
    }

    public String summary() {
        return summary;
    }

    public String terms() {
        return terms;
    }

    /** The version this one revises, or null for version 1. */
    public UUID revisedFromId() {
        return revisedFromId;
    }

    /** The version that replaced this one, or null. */
    public UUID supersededById() {
        return supersededById;
    }

    public Instant supersededAt() {
        return supersededAt;
    }
}
