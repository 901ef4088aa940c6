package io.salespipeline.contract.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.security.OwnedRecord;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.AttributionColumns;
import io.salespipeline.platform.stage.DealBriefing;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The formal contract that follows an accepted proposal. Closing the sale needs three facts:
 * the proposal accepted (this contract exists only because it was), both parties' signatures,
 * and the first order; the moment the last of them holds, the contract closes the deal, once.
 * Its owner is the seller who works the deal, copied from ProposalAccepted (a sales manager may
 * assign another); null: visible to sales managers only.
 */
@Entity
@Table(name = "contract")
// Who works it (OwnedRecord); the sharing list lives in V80's table.
@AssociationOverride(name = "sharedWith",
        joinTable = @JoinTable(name = "contract_shared_with", joinColumns = @JoinColumn(name = "contract_id")))
public class Contract extends OwnedRecord {

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID dealId;
    private UUID proposalId;
    private int proposalVersion;
    @Enumerated(EnumType.STRING)
    private ContractStatus status;
    private String sellerName;
    @JdbcTypeCode(SqlTypes.JSON)
    private Party customer;
    private String currency;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<ContractLine> lines;
    @JdbcTypeCode(SqlTypes.JSON)
    private Totals totals;
    @JdbcTypeCode(SqlTypes.JSON)
    private Terms terms;
    private int termsTemplateVersion;
    /** SHA-256 of the current PDF document; null while the document has to be rendered again (after an edit). */
    private String documentSha256;
    @JdbcTypeCode(SqlTypes.JSON)
    private FirstOrder firstOrder;
    // Part of the aggregate and shown with every contract: always loaded with it.
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("signedAt")
    private List<Signature> signatures = new ArrayList<>();
    private String declineReason;
    private String voidReason;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant sentAt;
    private Instant signedAt;
    private Instant closedAt;
    /** Where the deal came from (lead source, UTM campaign), as the accepted proposal said; null: not known. */
    @Embedded
    private AttributionColumns attribution;
    /** What the seller learned and promised up to the accepted proposal; null: the proposal did not say. */
    @JdbcTypeCode(SqlTypes.JSON)
    private DealBriefing briefing;

    /** The company account the deal is for (lead-service's), as the accepted proposal said; null: not known. */
    private UUID accountId;

    protected Contract() {
        // for JPA
    }

    /** A draft from the accepted proposal's lines and the current terms template. */
    public static Contract draft(UUID dealId, UUID proposalId, int proposalVersion, String sellerName,
            Party customer, String currency, List<ContractLine> lines, TermsTemplate template, Instant now) {
        ContractLine.requireAccepted(lines);
        Contract contract = new Contract();
        contract.id = Ids.newId();
        contract.dealId = Require.present("dealId", dealId);
        contract.proposalId = Require.present("proposalId", proposalId);
        contract.proposalVersion = proposalVersion;
        contract.status = ContractStatus.DRAFT;
        contract.sellerName = sellerName;
        contract.customer = Require.present("customer", customer);
        contract.currency = Require.text("currency", currency, 3);
        contract.lines = List.copyOf(lines);
        contract.totals = Totals.of(lines, contract.currency);
        contract.terms = template.terms();
        contract.termsTemplateVersion = template.version();
        contract.createdAt = now;
        contract.updatedAt = now;
        return contract;
    }

    @Override
    protected void touched(Instant now) {
        updatedAt = now;
    }

    /**
     * Terms can be negotiated only while nobody has been asked to sign. A draft holds no document
     * hash: its text may still change, and the hash is fixed by the sending.
     */
    public void editTerms(Terms newTerms, Instant now) {
        require(status == ContractStatus.DRAFT, "editing terms");
        terms = Require.present("terms", newTerms);
        documentSha256 = null;
        updatedAt = now;
    }

    /**
     * The hash of the document as rendered now from exactly the stored lines and terms, for a
     * contract sent before its document was rendered with the sending.
     */
    public void documentRendered(String sha256) {
        documentSha256 = DocumentHash.rendered(sha256);
    }

    /** True when the contract holds no document hash: a draft, or a contract sent before its document was rendered with the sending. */
    public boolean documentOutdated() {
        return documentSha256 == null;
    }

    /**
     * Takes a sent contract back to DRAFT so its terms can change. Signatures given so far no
     * longer count (they stay as evidence, marked superseded): whoever signed must sign again.
     */
    public void revise(Instant now) {
        require(status.awaitsSignatures(), "revision");
        signed().supersedeAll(now);
        status = ContractStatus.DRAFT;
        documentSha256 = null; // a draft again: the sending fixes its document anew
        sentAt = null;
        updatedAt = now;
    }

    /**
     * Sends the draft for signature with its document as rendered now (the {@code document}
     * renders it and answers its hash, called only once the sending is allowed): that hash is the
     * one every signer commits to.
     */
    public void send(Instant now, Supplier<String> document) {
        require(status == ContractStatus.DRAFT, "sending");
        documentSha256 = DocumentHash.rendered(document.get());
        status = ContractStatus.SENT_FOR_SIGNATURE;
        sentAt = now;
        updatedAt = now;
    }

    /**
     * One party signs the document as it reads now. A signer who saw another text (the hash they
     * send differs) is refused: the signature must commit to exactly what was signed. Answers
     * whether this signature closed the deal ({@link DealClosing}).
     */
    public boolean sign(SignerRole role, String signerName, String signerEmail, String seenSha256,
            SignatureEvidence evidence, Instant now) {
        require(status.awaitsSignatures(), "signature");
        Signer signer = new Signer(role, signerName, signerEmail, seenSha256);
        if (signed().signedBy(role)) {
            throw new IllegalTransitionException("contract", status, "signature",
                    "The " + role + " has already signed this contract.");
        }
        DocumentHash.requireRendered(documentSha256);
        DocumentHash.requireSeen(status, seenSha256, documentSha256);
        signatures.add(new Signature(this, role, signer.name(), signer.email(), documentSha256, now,
                Require.present("evidence", evidence)));
        updatedAt = now;
        status = signed().complete() ? ContractStatus.SIGNED : ContractStatus.PARTIALLY_SIGNED;
        signedAt = status == ContractStatus.SIGNED ? now : signedAt;
        return closeIfComplete(now);
    }

    /**
     * A scan the customer signed on paper counts once a sales manager other than its uploader
     * confirms it, and only for the document it was uploaded for (a revision since then refuses it).
     */
    public boolean confirmWetInk(WetInkScan scan, String manager, String managerSubject, Instant now) {
        if (!scan.contractId().equals(id)) {
            throw new IllegalArgumentException("scan " + scan.id() + " is not of contract " + id);
        }
        require(status.awaitsSignatures(), "wet-ink confirmation");
        DocumentHash.requireSeen(status, scan.documentSha256(), documentSha256); // not a revised document
        scan.confirm(manager, managerSubject, now);
        return sign(SignerRole.CUSTOMER, scan.signerName(), scan.signerEmail(), scan.documentSha256(),
                SignatureEvidence.wetInk(scan), now);
    }

    /** The first order can be placed while none was and the contract is awaiting signatures or signed. */
    public boolean awaitsFirstOrder() {
        return firstOrder == null && (status.awaitsSignatures() || status == ContractStatus.SIGNED);
    }

    public void requireAwaitingFirstOrder(String action) {
        require(awaitsFirstOrder(), action);
    }

    /** The customer's signature can be asked for (a code sent, a scan uploaded) only while it is awaited. */
    public boolean awaitsCustomerSignature() {
        return status.awaitsSignatures() && !signed().signedBy(SignerRole.CUSTOMER);
    }

    public void requireAwaitingCustomer(String action) {
        require(awaitsCustomerSignature(), action);
    }

    /**
     * The customer's first order ({@link FirstOrder#place}). It may come before or after the
     * signatures, but only once. Answers whether it closed the deal ({@link DealClosing}).
     */
    public boolean placeFirstOrder(String poNumber, LocalDate requestedDeliveryDate, List<OrderedQuantity> ordered,
            String actor, OrderChannel receivedBy, Instant now) {
        require(status.awaitsSignatures() || status == ContractStatus.SIGNED, "first order");
        if (firstOrder != null) {
            throw new IllegalTransitionException("contract", status, "first order",
                    "The first order was already placed at " + firstOrder.placedAt() + ".");
        }
        firstOrder = FirstOrder.place(poNumber, requestedDeliveryDate, currency, lines, ordered, actor, receivedBy, now);
        updatedAt = now;
        return closeIfComplete(now);
    }

    /** The customer declines: the deal is lost at this stage, with the reason. */
    public void decline(String reason, Instant now) {
        require(status.awaitsSignatures(), "decline");
        declineReason = Require.text("reason", reason, 4000);
        status = ContractStatus.DECLINED;
        updatedAt = now;
    }

    public void voidContract(String reason, Instant now) {
        require(status == ContractStatus.DRAFT || status.awaitsSignatures(), "voiding");
        voidReason = Require.text("reason", reason, 4000);
        status = ContractStatus.VOIDED;
        updatedAt = now;
    }

    /** The signatures that count: those given to the document since the contract was last revised. */
    public List<Signature> countingSignatures() {
        return signed().counting();
    }

    private Signatures signed() {
        return new Signatures(signatures);
    }

    /** Closes the deal, once, the moment {@link DealClosing} is met. */
    private boolean closeIfComplete(Instant now) {
        if (closedAt != null || !DealClosing.isMet(proposalId, signed(), firstOrder)) {
            return false;
        }
        closedAt = now;
        return true;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransitionException("contract", status, action);
        }
    }

    /**
     * Forgets the person of an erasure request. The customer's contact is the person when the
     * contract belongs to one of the person's deals or names the person's address; a signer is
     * the person by address, or by name when the contact is. Signatures keep their evidence
     * (role, time, document SHA-256); the document can no longer be re-rendered as signed, since
     * it named the person. Answers how many records (the contract, each signature) changed.
     */
    public int erasePerson(boolean dealOfThePerson, String emailSha256, Instant now) {
        boolean contactIsThePerson = dealOfThePerson || customer.hasAddress(emailSha256);
        int changed = signed().eraseSigners(emailSha256, customer.contactName(), contactIsThePerson);
        if (contactIsThePerson && !customer.isErased()) {
            customer = customer.erased();
            changed++;
        }
        if (changed > 0) {
            updatedAt = now;
        }
        return changed;
    }

    public UUID id() { return id; }
    public UUID dealId() { return dealId; }
    public UUID proposalId() { return proposalId; }
    public int proposalVersion() { return proposalVersion; }
    public ContractStatus status() { return status; }
    public String sellerName() { return sellerName; }
    public Party customer() { return customer; }
    public String currency() { return currency; }
    public List<ContractLine> lines() { return lines; }
    public Totals totals() { return totals; }
    public Terms terms() { return terms; }
    public int termsTemplateVersion() { return termsTemplateVersion; }
    public String documentSha256() { return documentSha256; }
    public FirstOrder firstOrder() { return firstOrder; }
    public List<Signature> signatures() { return List.copyOf(signatures); }
    public String declineReason() { return declineReason; }
    public String voidReason() { return voidReason; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant sentAt() { return sentAt; }
    public Instant signedAt() { return signedAt; }
    public Instant closedAt() { return closedAt; }
    /** Where the deal came from, or null when not known. */
    public Attribution attribution() { return attribution == null ? null : attribution.attribution(); }

    /** What the accepted proposal told of the customer and promised (null: nothing); carried on to the customer. */
    public void briefWith(DealBriefing told) {
        briefing = told;
    }

    /**
     * What support is to be told: the accepted proposal's briefing and, after its promises, the
     * terms this contract departs from {@code template} with ({@link SpecialTerms}).
     */
    public DealBriefing briefing(Terms template) {
        DealBriefing told = briefing == null ? new DealBriefing(null, List.of(), List.of()) : briefing;
        return told.promising(SpecialTerms.departing(template, terms));
    }

    /** The company account the deal is for, as the accepted proposal said (null: not known). */
    public void forAccount(UUID account) {
        accountId = account;
    }

    /** Null when not known; carried on to the order, which attaches to the account's customer. */
    public UUID accountId() { return accountId; }

    /** Where the deal came from, as the accepted proposal said (null: not known); carried on to the order. */
    public void attributeTo(Attribution source) {
        attribution = AttributionColumns.of(source);
    }
}
