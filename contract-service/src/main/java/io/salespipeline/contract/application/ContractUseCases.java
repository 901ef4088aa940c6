package io.salespipeline.contract.application;

import io.salespipeline.contract.document.ContractDocuments;
import io.salespipeline.contract.document.ContractDocuments.RenderedDocument;
import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.ContractStatus;
import io.salespipeline.contract.domain.OrderChannel;
import io.salespipeline.contract.domain.OrderedQuantity;
import io.salespipeline.contract.domain.SignatureEvidence;
import io.salespipeline.contract.domain.SignerRole;
import io.salespipeline.contract.domain.Terms;
import io.salespipeline.contract.domain.TermsTemplate;
import io.salespipeline.contract.events.ContractFullySigned;
import io.salespipeline.contract.events.ContractSent;
import io.salespipeline.contract.events.ContractSigned;
import io.salespipeline.contract.events.DealClosed;
import io.salespipeline.platform.customerlink.CustomerLinkPurpose;
import io.salespipeline.platform.documents.Seller;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.inbox.InconsistentEventException;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.access.DealAccessChanges;
import io.salespipeline.platform.access.DealOwnership;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.platform.stage.DealLost;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.stage.StageOutcome;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Contract use cases: each one transaction in which the contract changes and its events are stored. */
@ApplicationScoped
@RetriedOnConcurrentChange
public class ContractUseCases {

    private static final Logger LOG = Logger.getLogger(ContractUseCases.class);

    @Inject
    ContractScreening screening;

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    @Inject
    ContractDocuments documents;

    @Inject
    StageLedger stages;

    @Inject
    Visibility visibility;

    @Inject
    DealAccessChanges access;

    @Inject
    Seller seller;

    @Inject
    DealOwnership ownership;

    @Inject
    ContractLinks links;

    /**
     * Drafts the contract of an accepted proposal, once per deal, with the current terms template.
     * A deal accepts one proposal: told again of the proposal its contract was drafted from, it
     * changes nothing; told of another proposal or version, the event contradicts the contract
     * and is refused. Runs inside the inbox transaction of the ProposalAccepted event.
     */
    @Transactional
    public Optional<Contract> draftFrom(InboundEvent event, DraftContract draft) {
        UUID dealId = event.dealId();
        Optional<Contract> drafted = Contract.<Contract>find("dealId", dealId).firstResultOptional();
        if (drafted.isPresent()) {
            Contract contract = drafted.get();
            if (!contract.proposalId().equals(draft.proposalId()) || contract.proposalVersion() != draft.proposalVersion()) {
                throw new InconsistentEventException("Inconsistent event refused: deal " + dealId + " already has contract "
                        + contract.id() + " drafted from proposal " + contract.proposalId() + " version "
                        + contract.proposalVersion() + "; event " + event.id() + " states proposal "
                        + draft.proposalId() + " version " + draft.proposalVersion() + " accepted");
            }
            LOG.infof("Deal %s already has a contract; event %s changes nothing", dealId, event.id());
            return Optional.empty();
        }
        Contract contract = Contract.draft(dealId, draft.proposalId(), draft.proposalVersion(), seller.name(),
                draft.customer(), draft.currency(), draft.lines(), TermsTemplate.current(), Instant.now());
        // The deal's ownership travels with it (missing in older events: unassigned, for a manager to assign).
        contract.assignOwner(draft.owner(), contract.createdAt());
        contract.shareWith(draft.sharedWith(), contract.createdAt());
        contract.attributeTo(draft.attribution());
        contract.briefWith(draft.briefing());
        contract.forAccount(draft.accountId());
        access.adopt(dealId, List.of(contract)); // a change made since the acceptance may have come first
        contract.persist();
        // No document is rendered here: the hand-off stays short (rendering is CPU-heavy), and a
        // draft's PDF is rendered when read or sent.
        stages.entered(contract.id(), dealId, contract.createdAt());
        return Optional.of(contract);
    }

    @Transactional
    public Contract editTerms(UUID id, Terms terms) {
        Contract contract = get(id);
        contract.editTerms(terms, Instant.now());
        return contract;
    }

    /** Back to DRAFT for changes; signatures given so far stop counting. */
    @Transactional
    public Contract revise(UUID id) {
        Contract contract = get(id);
        contract.revise(Instant.now());
        links.revoke(contract, CustomerLinkPurpose.CONTRACT_SIGNATURE); // the next sending gives a link to the new document
        documents.forget(List.of(id)); // a draft again: its PDF is rendered on demand until it is sent anew
        return contract;
    }

    /** Checked against the trade restrictions first: a blocked sending is refused and changes nothing. */
    @Transactional
    public Contract send(UUID id) {
        Contract contract = get(id);
        // The PDF asked to be signed is stored with the sending: its hash is the one every signer commits to.
        contract.send(Instant.now(), () -> documents.stored(contract).sha256());
        screening.screen(contract);
        ContractSent sent = ContractEvents.sent(contract, actor.name());
        outbox.publish(ContractSent.TOPIC, ContractSent.TYPE, sent.dealId(), sent);
        links.issueFor(contract);
        return contract;
    }

    /**
     * The seller signs with their account. A signer who names no hash signs the stored document
     * sent for signature (its SHA-256); a hash given must be that document's (409 otherwise). The
     * customer's signature is never recorded by a seller's account (403): it comes through the
     * customer's link ({@link CustomerSigning}) or a confirmed wet-ink scan ({@link WetInkSignatures}).
     */
    @Transactional
    public Contract sign(UUID id, SignerRole role, String signerName, String signerEmail, String documentSha256) {
        if (role == SignerRole.CUSTOMER) {
            throw new ForbiddenException("The customer signs through their signing link; a signature on paper is "
                    + "recorded by uploading the signed scan (POST .../wet-ink-signatures) for a sales manager to confirm.");
        }
        Contract contract = current(get(id));
        String seen = documentSha256 != null ? documentSha256 : storedHash(contract);
        boolean closes = contract.sign(role, signerName, signerEmail, seen,
                SignatureEvidence.sellerAccount(actor.name()), Instant.now());
        signed(contract, role, closes);
        return contract;
    }

    /** The hash of the document awaiting signatures: the stored PDF's (a draft has none, and gets a 409). */
    String storedHash(Contract contract) {
        return contract.status() == ContractStatus.DRAFT ? null : documents.document(contract).sha256();
    }

    /** A signature given: told as ContractSigned (and ContractFullySigned), and DealClosed when it closed the deal. */
    void signed(Contract contract, SignerRole role, boolean closes) {
        publishSigned(contract, role);
        if (closes) {
            publishClosed(contract);
        }
    }

    /** Every signature is told; the one that completes the contract is also told as ContractFullySigned. */
    private void publishSigned(Contract contract, SignerRole role) {
        ContractSigned signed = ContractEvents.signed(contract, role, actor.name());
        outbox.publish(ContractSigned.TOPIC, ContractSigned.TYPE, signed.dealId(), signed);
        if (signed.complete()) {
            ContractFullySigned full = ContractEvents.fullySigned(contract);
            outbox.publish(ContractFullySigned.TOPIC, ContractFullySigned.TYPE, full.dealId(), full);
        }
    }

    /** The PDF as it reads now: a draft's rendered from exactly the stored lines and terms, any other's as stored. */
    public RenderedDocument document(UUID id) {
        return documents.document(get(id));
    }

    /**
     * Renders the document again and checks every signature's hash against it (and the stored
     * hash): a mismatch means the document a signer committed to is no longer what the contract says.
     */
    public SignatureVerification verify(UUID id) {
        Contract contract = get(id);
        String recomputed = documents.render(contract).sha256();
        List<SignatureVerification.Checked> checked = contract.signatures().stream()
                .map(signature -> SignatureVerification.Checked.of(signature, recomputed)).toList();
        return SignatureVerification.of(contract, recomputed, checked);
    }

    /** The seller records a purchase order the customer sent by mail (receivedBy MAIL). */
    @Transactional
    public Contract placeFirstOrder(UUID id, String poNumber, LocalDate requestedDeliveryDate,
            List<OrderedQuantity> lines) {
        Contract contract = placeFirstOrder(get(id), poNumber, requestedDeliveryDate, lines, actor.name(),
                OrderChannel.MAIL);
        links.revoke(contract, CustomerLinkPurpose.FIRST_ORDER);
        return contract;
    }

    /** The first order, however it came; DealClosed when it closes the deal. Joins the caller's transaction. */
    @Transactional
    Contract placeFirstOrder(Contract contract, String poNumber, LocalDate requestedDeliveryDate,
            List<OrderedQuantity> lines, String placedBy, OrderChannel receivedBy) {
        if (contract.placeFirstOrder(poNumber, requestedDeliveryDate, lines, placedBy, receivedBy, Instant.now())) {
            publishClosed(contract);
        }
        return contract;
    }

    @Transactional
    public Contract decline(UUID id, String reason) {
        Contract contract = get(id);
        Instant now = Instant.now();
        contract.decline(reason, now);
        revokeLinks(contract);
        DealLost lost = ContractEvents.lost(contract, now);
        outbox.publish(DealLost.TOPIC, DealLost.type(Stage.CONTRACT), lost.dealId(), lost);
        stages.left(contract.id(), contract.dealId(), StageOutcome.LOST, lost.reason(), lost.lostAt());
        return contract;
    }

    @Transactional
    public Contract voidContract(UUID id, String reason) {
        Contract contract = get(id);
        Instant now = Instant.now();
        contract.voidContract(reason, now);
        revokeLinks(contract);
        stages.left(contract.id(), contract.dealId(), StageOutcome.ENDED, contract.voidReason(), now);
        return contract;
    }

    /**
     * The one lookup by id of every read and change (sub-resources included): the contract if the
     * caller may see it (owner, shared with them, or a sales manager); otherwise 404 as if missing.
     */
    public Contract get(UUID id) {
        return visibility.visible("contract", id, Contract.<Contract>findByIdOptional(id));
    }

    /** A sales manager assigns the contract to a seller (the resource admits managers only). */
    @Transactional
    public Contract assignOwner(UUID id, String owner) {
        return ownership.assignOwner(Stage.CONTRACT, get(id), owner);
    }

    /**
     * Sharing is the owner's or a sales manager's decision; someone it is shared with may not
     * re-share. The deal's earlier stages follow.
     */
    @Transactional
    public Contract share(UUID id, java.util.Set<String> subjects) {
        return ownership.share(Stage.CONTRACT, get(id), subjects);
    }

    /** Keyset page in id (creation) order of the contracts the caller may see; see Keyset. */
    public List<Contract> list(UUID dealId, ContractStatus status, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("status", status);
        return keyset.fetchVisible(visibility.restrictedTo(), Contract::id,
                (query, parameters) -> Contract.find(query, parameters));
    }

    /** Contracts sent before documents were PDFs have no hash yet: render it once, in this transaction. */
    Contract current(Contract contract) {
        if (contract.status() != ContractStatus.DRAFT && contract.documentOutdated()) {
            contract.documentRendered(documents.render(contract).sha256());
        }
        return contract;
    }

    /** A declined or voided contract awaits nothing from the customer. */
    private void revokeLinks(Contract contract) {
        links.revoke(contract, CustomerLinkPurpose.CONTRACT_SIGNATURE);
        links.revoke(contract, CustomerLinkPurpose.FIRST_ORDER);
    }

    private void publishClosed(Contract contract) {
        Terms template = TermsTemplate.<TermsTemplate>findByIdOptional(contract.termsTemplateVersion())
                .map(TermsTemplate::terms).orElse(null);
        DealClosed closed = ContractEvents.closed(contract, template);
        outbox.publish(DealClosed.TOPIC, DealClosed.TYPE, closed.dealId(), closed);
        stages.left(contract.id(), contract.dealId(), StageOutcome.FORWARD, null, contract.closedAt());
    }

    /**
     * The deal was lost at an earlier stage (sales.deal.lost from prospect or proposal) while its
     * contract was still open: the contract is VOIDED with the loss as its reason, and the deal is
     * counted lost at this stage. A contract already signed, declined, voided or closed, an unknown
     * deal, or this stage's own loss changes nothing. Joins the inbox transaction.
     */
    @Transactional
    public Optional<Contract> voidForLostDeal(InboundEvent event, DealLost loss) {
        if (!loss.concernsOtherStageThan(Stage.CONTRACT)) {
            return Optional.empty();
        }
        Optional<Contract> found = Contract.<Contract>find("dealId", event.dealId()).firstResultOptional();
        ContractStatus status = found.map(Contract::status).orElse(null);
        if (status != ContractStatus.DRAFT && status != ContractStatus.SENT_FOR_SIGNATURE
                && status != ContractStatus.PARTIALLY_SIGNED) {
            LOG.infof("No open contract for deal %s (%s); loss event %s changes nothing", event.dealId(), status,
                    event.id());
            return Optional.empty();
        }
        Contract contract = found.get();
        Instant lostAt = loss.lostAtOr(Instant.now());
        contract.voidContract(loss.describe(), lostAt);
        revokeLinks(contract);
        stages.left(contract.id(), contract.dealId(), StageOutcome.LOST, loss.describe(), lostAt);
        return found;
    }
}
