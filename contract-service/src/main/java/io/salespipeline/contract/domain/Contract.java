package io.salespipeline.contract.domain;

import io.salespipeline.platform.privacy.EmailAddress;
import io.salespipeline.platform.privacy.Erased;
import io.salespipeline.contract.events.DealClosed;
import io.salespipeline.platform.stage.DealLost;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.security.OwnedRecord;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    protected Contract() {
        // for JPA
    }

    /** A draft from the accepted proposal's lines and the current terms template. */
    public static Contract draft(UUID dealId, UUID proposalId, int proposalVersion, String sellerName,
            Party customer, String currency, List<ContractLine> lines, TermsTemplate template, Instant now) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("lines", "an accepted proposal has at least one line");
        }
        // The first order names accepted lines by number: each number once.
        if (lines.stream().map(ContractLine::lineNo).distinct().count() != lines.size()) {
            throw new InvalidInputException("lines", "an accepted proposal names each line number once");
        }
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
     * Terms can be negotiated only while nobody has been asked to sign. The document changes with
     * them, so its hash is forgotten until the new document is rendered.
     */
    public void editTerms(Terms newTerms, Instant now) {
        require(status == ContractStatus.DRAFT, "editing terms");
        terms = Require.present("terms", newTerms);
        documentSha256 = null;
        updatedAt = now;
    }

    /** The hash of the document as rendered now from exactly the stored lines and terms. */
    public void documentRendered(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a document hash is 64 lower-case hex digits");
        }
        documentSha256 = sha256;
    }

    /** True when the document must be rendered (again) before anyone can be asked to sign it. */
    public boolean documentOutdated() {
        return documentSha256 == null;
    }

    /**
     * Takes a sent contract back to DRAFT so its terms can change. Signatures given so far no
     * longer count (they stay as evidence, marked superseded): whoever signed must sign again.
     */
    public void revise(Instant now) {
        require(status.awaitsSignatures(), "revision");
        for (Signature signature : signatures) {
            signature.supersede(now);
        }
        status = ContractStatus.DRAFT;
        sentAt = null;
        updatedAt = now;
    }

    public void send(Instant now) {
        require(status == ContractStatus.DRAFT, "sending");
        requireDocument();
        status = ContractStatus.SENT_FOR_SIGNATURE;
        sentAt = now;
        updatedAt = now;
    }

    /**
     * One party signs the document as it reads now. A signer who saw another text (the hash they
     * send differs) is refused: the signature must commit to exactly what was signed.
     */
    public Optional<DealClosed> sign(SignerRole role, String signerName, String signerEmail, String seenSha256,
            Instant now) {
        require(status.awaitsSignatures(), "signature");
        Require.present("role", role);
        String name = Require.text("signerName", signerName, 200);
        String email = Require.text("signerEmail", signerEmail, 320);
        String seen = Require.text("documentSha256", seenSha256, 64);
        if (!seen.matches("[0-9a-fA-F]{64}")) {
            throw new InvalidInputException("documentSha256", "must be the 64 hex digits of a SHA-256");
        }
        if (countingSignatures().stream().anyMatch(signature -> signature.role() == role)) {
            throw new IllegalTransitionException("contract", status, "signature",
                    "The " + role + " has already signed this contract.");
        }
        requireDocument();
        String current = documentSha256;
        if (!seen.equalsIgnoreCase(current)) {
            throw new IllegalTransitionException("contract", status, "signature",
                    "The document signed (SHA-256 " + seenSha256 + ") is not the contract's current document ("
                            + current + "); read it again before signing.");
        }
        signatures.add(new Signature(this, role, name, email, current, now));
        updatedAt = now;
        if (countingSignatures().size() == SignerRole.values().length) {
            status = ContractStatus.SIGNED;
            signedAt = now;
        } else {
            status = ContractStatus.PARTIALLY_SIGNED;
        }
        return closeIfComplete(now);
    }

    /**
     * The customer's first order: all accepted lines, or some of them in quantities no larger
     * than accepted. It may come before or after the signatures, but only once.
     */
    public Optional<DealClosed> placeFirstOrder(String poNumber, LocalDate requestedDeliveryDate,
            List<OrderedQuantity> ordered, String actor, Instant now) {
        require(status.awaitsSignatures() || status == ContractStatus.SIGNED, "first order");
        if (firstOrder != null) {
            throw new IllegalTransitionException("contract", status, "first order",
                    "The first order was already placed at " + firstOrder.placedAt() + ".");
        }
        List<ContractLine> orderLines = orderLines(ordered);
        firstOrder = new FirstOrder(Require.optionalText("poNumber", poNumber, 100), requestedDeliveryDate, currency,
                orderLines, Totals.of(orderLines, currency), actor, now);
        updatedAt = now;
        return closeIfComplete(now);
    }

    public DealLost decline(String reason, Instant now) {
        require(status.awaitsSignatures(), "decline");
        declineReason = Require.text("reason", reason, 4000);
        status = ContractStatus.DECLINED;
        updatedAt = now;
        return DealLost.at(Stage.CONTRACT, dealId, declineReason, now, owner(), sharedWith());
    }

    public void voidContract(String reason, Instant now) {
        require(status == ContractStatus.DRAFT || status.awaitsSignatures(), "voiding");
        voidReason = Require.text("reason", reason, 4000);
        status = ContractStatus.VOIDED;
        updatedAt = now;
    }

    /** The signatures that count: those given to the document since the contract was last revised. */
    public List<Signature> countingSignatures() {
        return signatures.stream().filter(Signature::counts).toList();
    }

    private void requireDocument() {
        if (documentSha256 == null) {
            throw new IllegalStateException("the contract document must be rendered before it is sent or signed");
        }
    }

    private List<ContractLine> orderLines(List<OrderedQuantity> ordered) {
        if (ordered == null) {
            return lines;
        }
        // An explicit empty list orders nothing, which is no order: only an omitted list means "everything".
        if (ordered.isEmpty()) {
            throw new InvalidInputException("lines", "must name at least one line, or be omitted to order all");
        }
        Map<Integer, ContractLine> accepted = lines.stream()
                .collect(Collectors.toMap(ContractLine::lineNo, Function.identity()));
        Set<Integer> seen = new HashSet<>();
        List<ContractLine> result = new ArrayList<>();
        for (OrderedQuantity item : ordered) {
            Require.present("lines", item);
            ContractLine line = accepted.get(item.lineNo());
            if (line == null) {
                throw new InvalidInputException("lines", "line " + item.lineNo() + " is not in the contract");
            }
            if (!seen.add(item.lineNo())) {
                throw new InvalidInputException("lines", "line " + item.lineNo() + " is ordered twice");
            }
            BigDecimal quantity = Require.positive("lines.quantity", item.quantity());
            if (quantity.compareTo(line.quantity()) > 0) {
                throw new InvalidInputException("lines", "line " + item.lineNo() + " orders " + quantity.toPlainString()
                        + " but " + line.quantity().toPlainString() + " were accepted");
            }
            result.add(line.withQuantity(quantity));
        }
        return List.copyOf(result);
    }

    private Optional<DealClosed> closeIfComplete(Instant now) {
        if (status != ContractStatus.SIGNED || firstOrder == null || closedAt != null) {
            return Optional.empty();
        }
        closedAt = now;
        return Optional.of(new DealClosed(id, dealId, proposalId, customer, terms, firstOrder, signedAt, now, owner(),
                List.copyOf(sharedWith())));
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransitionException("contract", status, action);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID dealId() {
        return dealId;
    }

    public UUID proposalId() {
        return proposalId;
    }

    public int proposalVersion() {
        return proposalVersion;
    }

    public ContractStatus status() {
        return status;
    }

    public String sellerName() {
        return sellerName;
    }

    public Party customer() {
        return customer;
    }

    public String currency() {
        return currency;
    }

    public List<ContractLine> lines() {
        return lines;
    }

    public Totals totals() {
        return totals;
    }

    public Terms terms() {
        return terms;
    }

    public int termsTemplateVersion() {
        return termsTemplateVersion;
    }

    public String documentSha256() {
        return documentSha256;
    }

    public FirstOrder firstOrder() {
        return firstOrder;
    }

    public List<Signature> signatures() {
        return List.copyOf(signatures);
    }

    public String declineReason() {
        return declineReason;
    }

    public String voidReason() {
        return voidReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /**
     * Forgets the person of an erasure request. The customer's contact is the person when the
     * contract belongs to one of the person's deals or names the person's address; a signer is
     * the person by address, or by name when the contact is. Signatures keep their evidence
     * (role, time, document SHA-256); the document can no longer be re-rendered as signed, since
     * it named the person. Answers how many records (the contract, each signature) changed.
     */
    public int erasePerson(boolean dealOfThePerson, String emailSha256, Instant now) {
        String contactName = customer.contactName();
        boolean contactIsThePerson = dealOfThePerson
                || (emailSha256 != null && emailSha256.equals(EmailAddress.sha256(customer.contactEmail())));
        int changed = 0;
        for (Signature signature : signatures) {
            boolean signerIsThePerson = (emailSha256 != null
                    && emailSha256.equals(EmailAddress.sha256(signature.signerEmail())))
                    || (contactIsThePerson && Erased.sameName(signature.signerName(), contactName));
            if (signerIsThePerson && signature.eraseSigner()) {
                changed++;
            }
        }
        if (contactIsThePerson && !(Erased.NAME.equals(contactName) && customer.contactEmail() == null)) {
            customer = new Party(customer.company(), Erased.NAME, null);
            changed++;
        }
        if (changed > 0) {
            updatedAt = now;
        }
        return changed;
    }
}
