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
        ProposalAccepted accepted = proposal.accept(acceptedBy, version, actor.name(), Instant.now());
        outbox.publish(ProposalAccepted.TOPIC, ProposalAccepted.TYPE, accepted.dealId(), accepted);
        return proposal;
    }

    @Transactional
    public Proposal reject(UUID id, String reason) {
        Proposal proposal = get(id);
        ProposalRejected rejected = proposal.reject(reason, actor.name(), Instant.now());
        outbox.publish(ProposalRejected.TOPIC, ProposalRejected.TYPE, rejected.dealId(), rejected);
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
                expired++;
            }
        }
        return expired;
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
