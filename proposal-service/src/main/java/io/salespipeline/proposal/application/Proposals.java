package io.salespipeline.proposal.application;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.proposal.domain.ApplicationSummary;
import io.salespipeline.proposal.domain.Customer;
import io.salespipeline.proposal.domain.Procurement;
import io.salespipeline.proposal.domain.Product;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalExpiredException;
import io.salespipeline.proposal.domain.ProposalStatus;
import io.salespipeline.proposal.events.ProposalAccepted;
import io.salespipeline.proposal.events.ProposalRejected;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.stage.DealLossNotice;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.stage.StageOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

    @ConfigProperty(name = "sales.proposal.currency")
    String currency;

    @ConfigProperty(name = "sales.proposal.validity-days")
    int validityDays;

    /**
     * Drafts the deal's first proposal. A deal has one first version: if one exists already
     * (another event for the same deal), that is the result and nothing changes.
     */
    @Transactional
    public Proposal draftFor(UUID dealId, UUID prospectId, Customer customer, Procurement procurement,
            List<ApplicationSummary> applications, String sourceEventId) {
        Proposal existing = Proposal.<Proposal>find("dealId = ?1 and version = 1", dealId).firstResult();
        if (existing != null) {
            LOG.infof("Deal %s already has proposal %s; event %s changes nothing", dealId, existing.id(),
                    sourceEventId);
            return existing;
        }
        Proposal proposal = Proposal.draft(dealId, prospectId, customer, procurement, applications, currency,
                validityDays, sourceEventId, actor.name(), Instant.now());
        proposal.persist();
        stages.entered(proposal.id(), dealId, proposal.createdAt());
        return proposal;
    }

    /** The proposal with its new line, and that line's number. */
    public record AddedLine(Proposal proposal, int lineNo) {
    }

    @Transactional
    public AddedLine addLine(UUID id, String sku, BigDecimal quantity, BigDecimal discountPercent,
            BigDecimal taxRatePercent) {
        Proposal proposal = get(id);
        Product product = Product.bySku(sku == null ? "" : sku.strip())
                .orElseThrow(() -> new InvalidInputException("sku", "no product with SKU '" + sku + "' in the catalogue"));
        int lineNo = proposal.addLine(product, quantity, discountPercent, taxRatePercent, Instant.now());
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
        } catch (ProposalExpiredException e) {
            recordExpiry(proposal);
            throw e;
        }
        outbox.publish(ProposalAccepted.TOPIC, ProposalAccepted.TYPE, accepted.dealId(), accepted);
        stages.left(proposal.id(), proposal.dealId(), StageOutcome.FORWARD, null, accepted.acceptedAt());
        return proposal;
    }

    @Transactional
    public Proposal reject(UUID id, String reason) {
        Proposal proposal = get(id);
        ProposalRejected rejected = proposal.reject(reason, actor.name(), Instant.now());
        outbox.publish(ProposalRejected.TOPIC, ProposalRejected.TYPE, rejected.dealId(), rejected);
        // Rejection sends the deal back to the prospect stage, not out of the pipeline.
        stages.left(proposal.id(), proposal.dealId(), StageOutcome.RETURNED, rejected.reason(), rejected.rejectedAt());
        return proposal;
    }

    /** Marks every sent proposal whose validity has ended as EXPIRED; returns how many. */
    @Transactional
    public int expireOverdue() {
        Instant now = Instant.now();
        int expired = 0;
        for (Proposal proposal : Proposal.<Proposal>list("status = ?1 and validUntil < ?2", ProposalStatus.SENT,
                LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            if (proposal.expireIfOverdue(now)) {
                recordExpiry(proposal);
                expired++;
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
    public List<Proposal> onDealLost(InboundEvent event, DealLossNotice loss) {
        if (!loss.concernsOtherStageThan(Stage.PROPOSAL)) {
            return List.of();
        }
        Instant now = Instant.now();
        Instant lostAt = loss.lostAtOr(now);
        String stage = loss.lostIn().orElseThrow().name();
        List<Proposal> changed = new java.util.ArrayList<>();
        for (Proposal proposal : Proposal.<Proposal>list("dealId", event.dealId())) {
            if (proposal.withdraw(loss.describe(), lostAt, now)) {
                stages.left(proposal.id(), proposal.dealId(), StageOutcome.LOST, loss.describe(), lostAt);
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

    /** An expired proposal ended without an answer: neither forward nor a declared loss. */
    private void recordExpiry(Proposal proposal) {
        stages.left(proposal.id(), proposal.dealId(), StageOutcome.ENDED, "Validity ended on " + proposal.validUntil(),
                proposal.expiredAt());
    }

    public Proposal get(UUID id) {
        return Proposal.<Proposal>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("proposal", id));
    }

    /** Keyset page in id (creation) order; see Keyset. */
    public List<Proposal> list(UUID dealId, ProposalStatus status, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("status", status);
        return keyset.fetch(Proposal.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }
}
