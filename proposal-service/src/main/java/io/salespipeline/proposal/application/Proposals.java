package io.salespipeline.proposal.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.access.DealAccessChanges;
import io.salespipeline.platform.access.DealOwnership;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.proposal.domain.ApplicationSummary;
import io.salespipeline.proposal.domain.Customer;
import io.salespipeline.proposal.domain.Procurement;
import io.salespipeline.proposal.domain.Product;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalExpiredException;
import io.salespipeline.proposal.domain.ProposalStatus;
import io.salespipeline.proposal.domain.PurchaseOrderReferences;
import io.salespipeline.proposal.domain.RfpDetails;
import io.salespipeline.proposal.events.ProposalAccepted;
import io.salespipeline.proposal.events.ProposalRejected;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.stage.DealLost;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.stage.StageOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Proposal use cases: each one transaction in which the proposal changes and its event is stored. */
@ApplicationScoped
public class Proposals {

    private static final Logger LOG = Logger.getLogger(Proposals.class);

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    @Inject
    StageLedger stages;

    @Inject
    Visibility visibility;

    @Inject
    DealAccessChanges access;

    @Inject
    DealOwnership ownership;

    @ConfigProperty(name = "sales.proposal.currency")
    String currency;

    @ConfigProperty(name = "sales.proposal.validity-days")
    int validityDays;

    @ConfigProperty(name = "sales.proposal.default-terms")
    String defaultTerms;

    /**
     * Drafts the deal's proposal from the prospect's hand-over. The first hand-over drafts
     * version 1. A later one (the prospect came back after a rejection, or after the offer
     * expired) drafts the next version, built on the new hand-over and keeping the last lines.
     * Any other hand-over for a deal that has a proposal (a repeat, or one older than the
     * answer) changes nothing and answers the latest version. The draft belongs to the hand-over's
     * owner and is shared as it says; a next version drafted from a hand-over that names an owner
     * takes that ownership (the deal may have been reassigned while it was back with the prospect),
     * for every version of the deal. Joins the inbox transaction.
     */
    @Transactional
    public Proposal draftFor(UUID dealId, UUID prospectId, Customer customer, Procurement procurement,
            RfpDetails rfp, List<ApplicationSummary> applications, Instant readyAt, String owner,
            Collection<String> sharedWith, String sourceEventId) {
        Proposal latest = latest(dealId);
        Instant now = Instant.now();
        if (latest == null) {
            Proposal proposal = Proposal.draft(dealId, prospectId, customer, procurement, rfp, applications,
                    currency, validityDays, defaultTerms, sourceEventId, actor.name(), now);
            proposal.assignOwner(owner, now);
            proposal.shareWith(sharedWith, now);
            access.adopt(dealId, List.of(proposal)); // a change made since the hand-over may have come first
            proposal.persist();
            stages.entered(proposal.dealId(), dealId, proposal.createdAt());
            return proposal;
        }
        Instant answeredAt = latest.status() == ProposalStatus.REJECTED ? latest.rejectedAt()
                : latest.status() == ProposalStatus.EXPIRED ? latest.expiredAt() : null;
        if (answeredAt == null || (readyAt != null && readyAt.isBefore(answeredAt))) {
            LOG.infof("Deal %s already has proposal %s (version %d, %s); event %s changes nothing", dealId,
                    latest.id(), latest.version(), latest.status(), sourceEventId);
            return latest;
        }
        Proposal next = latest.revise(validityDays, actor.name(), now);
        next.rebase(procurement, rfp, applications, sourceEventId, now);
        if (owner != null) {
            for (Proposal version : versionsOf(dealId)) {
                version.assignOwner(owner, now);
                version.shareWith(sharedWith, now);
            }
            next.assignOwner(owner, now);
            next.shareWith(sharedWith, now);
        }
        // A change made since the hand-over may have come first: it stays, on every version.
        access.adopt(dealId, versionsOf(dealId));
        access.adopt(dealId, List.of(next));
        next.persist();
        return next;
    }

    /**
     * A sales manager hands the deal's proposal to another seller: every version, so its history
     * stays with it. (The resource allows sales managers only.)
     */
    @Transactional
    public Proposal assignOwner(UUID id, String owner) {
        Proposal proposal = get(id);
        return ownership.assignOwner(Stage.PROPOSAL, proposal, versionsOf(proposal.dealId()), owner);
    }

    /**
     * Shares every version of the deal's proposal (replaces the list). Sharing is the owner's or a
     * sales manager's decision; someone it is only shared with may not re-share (403).
     */
    @Transactional
    public Proposal share(UUID id, Set<String> subjects) {
        Proposal proposal = get(id);
        return ownership.share(Stage.PROPOSAL, proposal, versionsOf(proposal.dealId()), subjects);
    }

    /**
     * Version n+1 of the deal's latest proposal, as a new draft with the same lines; a SENT
     * version becomes SUPERSEDED. Only the latest version can be revised.
     */
    @Transactional
    public Proposal revise(UUID id) {
        Proposal proposal = get(id);
        Proposal latest = latest(proposal.dealId());
        if (latest.version() != proposal.version()) {
            throw new IllegalTransitionException("proposal", proposal.status(), "revision", "Version "
                    + proposal.version() + " is not the latest: revise version " + latest.version() + " ("
                    + latest.id() + ").").with("latestVersion", latest.version()).with("latestId", latest.id());
        }
        Proposal next = proposal.revise(validityDays, actor.name(), Instant.now());
        // Flushed here, not at commit: a concurrent revision then answers 409 (concurrent change), not 500.
        next.persistAndFlush();
        return next;
    }

    /** Every version of the proposal's deal the caller may see, oldest first. */
    public List<Proposal> versions(UUID id) {
        return versionsOf(get(id).dealId()).stream().filter(visibility::sees).toList();
    }

    private static List<Proposal> versionsOf(UUID dealId) {
        return Proposal.list("dealId", Sort.by("version"), dealId);
    }

    @Transactional
    public Proposal describe(UUID id, String summary, String terms, PurchaseOrderReferences purchaseOrder) {
        Proposal proposal = get(id);
        proposal.describe(summary, terms, purchaseOrder, Instant.now());
        return proposal;
    }

    private static Proposal latest(UUID dealId) {
        return Proposal.<Proposal>find("dealId", Sort.descending("version"), dealId).firstResult();
    }

    /** The proposal with its new line, and that line's number. */
    public record AddedLine(Proposal proposal, int lineNo) {
    }

    @Transactional
    public AddedLine addLine(UUID id, String sku, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent,
            BigDecimal taxRatePercent) {
        Proposal proposal = get(id);
        Product product = Product.bySku(sku == null ? "" : sku.strip())
                .orElseThrow(() -> new InvalidInputException("sku", "no product with SKU '" + sku + "' in the catalogue"));
        int lineNo = proposal.addLine(product, quantity, unitPrice, discountPercent, taxRatePercent, Instant.now());
        return new AddedLine(proposal, lineNo);
    }

    @Transactional
    public Proposal removeLine(UUID id, int lineNo) {
        Proposal proposal = get(id);
        proposal.removeLine(lineNo, Instant.now());
        return proposal;
    }

    @Transactional
    public Proposal send(UUID id) {
        Proposal proposal = get(id);
        proposal.send(actor.name(), Instant.now());
        return proposal;
    }

    /** An expired proposal is refused, but its new EXPIRED state is kept: hence no rollback for that refusal. */
    @Transactional(dontRollbackOn = ProposalExpiredException.class)
    public Proposal accept(UUID id, String acceptedBy, Integer version) {
        Proposal proposal = get(id);
        ProposalAccepted accepted;
        try {
            accepted = proposal.accept(acceptedBy, version, actor.name(), Instant.now());
        } catch (ProposalExpiredException expired) {
            try {
                recordExpiry(proposal);
                Proposal.flush();
            } catch (OptimisticLockException alreadyExpired) {
                // The expiry job marked it EXPIRED meanwhile: the refusal stands, and there is nothing to keep
                // (the failed flush marked the transaction for rollback).
                LOG.debugf("Proposal %s was expired concurrently", id);
            }
            throw expired;
        }
        outbox.publish(ProposalAccepted.TOPIC, ProposalAccepted.TYPE, accepted.dealId(), accepted);
        stages.left(proposal.dealId(), proposal.dealId(), StageOutcome.FORWARD, null, accepted.acceptedAt());
        return proposal;
    }

    @Transactional
    public Proposal reject(UUID id, String reason) {
        Proposal proposal = get(id);
        ProposalRejected rejected = proposal.reject(reason, actor.name(), Instant.now());
        outbox.publish(ProposalRejected.TOPIC, ProposalRejected.TYPE, rejected.dealId(), rejected);
        // Rejection sends the deal back to the prospect stage, not out of the pipeline.
        stages.left(proposal.dealId(), proposal.dealId(), StageOutcome.RETURNED, rejected.reason(), rejected.rejectedAt());
        return proposal;
    }

    /**
     * Marks every sent proposal whose validity has ended as EXPIRED; returns how many. Each in
     * its own transaction: one that a request changes meanwhile (accepted, or expired by the
     * attempt) is skipped and does not hold back the others.
     */
    public int expireOverdue() {
        Instant now = Instant.now();
        List<UUID> overdue = QuarkusTransaction.requiringNew().call(() -> Proposal.<Proposal>list(
                "status = ?1 and validUntil < ?2", ProposalStatus.SENT, LocalDate.ofInstant(now, ZoneOffset.UTC))
                .stream().map(Proposal::id).toList());
        int expired = 0;
        for (UUID id : overdue) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> expire(load(id), now))) {
                    expired++;
                }
            } catch (RuntimeException changedMeanwhile) {
                LOG.debugf(changedMeanwhile, "Proposal %s changed while expiring; the next run looks again", id);
            }
        }
        return expired;
    }

    /**
     * The deal was lost at another stage (sales.deal.lost). Lost before (prospect) or after
     * (contract) this stage: a draft or sent proposal of the deal is WITHDRAWN with the reason,
     * which is the deal lost while here (stage outcome LOST); an accepted one keeps its status
     * and carries the loss as a mark. Rejected, expired or already withdrawn proposals, unknown
     * deals and repeats change nothing. Joins the inbox transaction.
     */
    @Transactional
    public List<Proposal> onDealLost(InboundEvent event, DealLost loss) {
        if (!loss.concernsOtherStageThan(Stage.PROPOSAL)) {
            return List.of();
        }
        Instant now = Instant.now();
        Instant lostAt = loss.lostAtOr(now);
        String stage = loss.lostIn().orElseThrow().name();
        List<Proposal> changed = new java.util.ArrayList<>();
        for (Proposal proposal : Proposal.<Proposal>list("dealId", event.dealId())) {
            if (proposal.withdraw(loss.describe(), lostAt, now)) {
                stages.left(proposal.dealId(), proposal.dealId(), StageOutcome.LOST, loss.describe(), lostAt);
                changed.add(proposal);
            } else if (proposal.markDealLost(stage, loss.describe(), lostAt, now)) {
                changed.add(proposal);
            }
        }
        if (changed.isEmpty()) {
            LOG.infof("Nothing open or accepted for deal %s; loss event %s changes nothing", event.dealId(), event.id());
        }
        return changed;
    }

    private boolean expire(Proposal proposal, Instant now) {
        if (!proposal.expireIfOverdue(now)) {
            return false;
        }
        recordExpiry(proposal);
        return true;
    }

    /**
     * An expired proposal ended without an answer: neither forward nor a declared loss. The stage's
     * record is the deal, not a version: a revision stays in the stage, the latest exit counts.
     */
    private void recordExpiry(Proposal proposal) {
        stages.left(proposal.dealId(), proposal.dealId(), StageOutcome.ENDED, "Validity ended on " + proposal.validUntil(),
                proposal.expiredAt());
    }

    /**
     * The proposal if the caller may see it (owner, shared with them, or a sales manager);
     * otherwise 404 like a missing one. Every read and change by id goes through here.
     */
    public Proposal get(UUID id) {
        return visibility.visible("proposal", id, Proposal.<Proposal>findByIdOptional(id));
    }

    /** Without the caller's visibility: for the expiry job only, which acts for no one. */
    private static Proposal load(UUID id) {
        return Proposal.<Proposal>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("proposal", id));
    }

    /** Keyset page in id (creation) order of the proposals the caller may see; see Keyset. */
    public List<Proposal> list(UUID dealId, ProposalStatus status, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("status", status);
        return keyset.fetchVisible(visibility.restrictedTo(), Proposal::id,
                (query, parameters) -> Proposal.find(query, parameters));
    }
}
