package io.salespipeline.proposal.application;

import io.quarkus.panache.common.Sort;
import io.salespipeline.platform.access.DealAccessChanges;
import io.salespipeline.platform.customerlink.CustomerLinks;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.inbox.InconsistentEventException;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.stage.DealLost;
import io.salespipeline.platform.access.DealOwnership;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.stage.StageOutcome;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.proposal.domain.DiscountPolicy;
import io.salespipeline.proposal.domain.Handover;
import io.salespipeline.proposal.domain.OfferTerms;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalStatus;
import io.salespipeline.proposal.domain.ProposalVersions;
import io.salespipeline.proposal.domain.ProposalVersions.Drafted;
import io.salespipeline.proposal.events.ProposalRevised;
import io.salespipeline.proposal.events.ProposalSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Proposal use cases: each one transaction in which the proposal changes and its event is stored. */
@ApplicationScoped
@RetriedOnConcurrentChange
public class ProposalUseCases {

    private static final Logger LOG = Logger.getLogger(ProposalUseCases.class);

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
    ProposalSettings settings;

    @Inject
    DealOwnership ownership;

    @Inject
    CustomerDecisions decisions;

    @Inject
    CustomerLinks links;


    /**
     * Applies the prospect's hand-over to the deal's versions ({@link ProposalVersions#handOver}):
     * drafts version 1, or the next version after the latest was rejected or expired, or changes
     * nothing and answers the latest version. A change of ownership made since the hand-over may
     * have come first: it stays, on every version. Joins the inbox transaction.
     */
    @Transactional
    public Proposal draftFor(Handover handover) {
        UUID dealId = handover.dealId();
        ProposalVersions versions = ProposalVersions.of(versionsOf(dealId));
        versions.latest().filter(latest -> handover.prospectId() != null
                && !handover.prospectId().equals(latest.prospectId())).ifPresent(latest -> {
                    // A deal has one prospect: a hand-over from another contradicts the proposals drafted.
                    throw new InconsistentEventException("Inconsistent event refused: deal " + dealId
                            + " was handed over by prospect " + latest.prospectId() + " (proposal " + latest.id()
                            + "); event " + handover.sourceEventId() + " names prospect " + handover.prospectId());
                });
        versions.latest().filter(latest -> handover.currency() != null
                && !handover.currency().equals(latest.currency())).ifPresent(latest -> {
                    // The deal's currency is fixed once a proposal was made in it: its lines are priced in it.
                    throw new InconsistentEventException("Inconsistent event refused: deal " + dealId
                            + " is quoted in " + latest.currency() + " (proposal " + latest.id() + "); event "
                            + handover.sourceEventId() + " hands it over in " + handover.currency());
                });
        Drafted drafted = versions.handOver(handover, handover.offerTerms(offerTerms()), actor.name(),
                Instant.now());
        Proposal proposal = drafted.proposal();
        switch (drafted.outcome()) {
            case FIRST_VERSION -> {
                access.adopt(dealId, List.of(proposal));
                proposal.persist();
                stages.entered(proposal.dealId(), dealId, proposal.createdAt());
            }
            case NEXT_VERSION -> {
                List<Proposal> every = new ArrayList<>(versions.all());
                every.add(proposal);
                access.adopt(dealId, every); // one read of the deal's access for every version
                proposal.persist();
            }
            case UNCHANGED -> LOG.infof("Deal %s already has proposal %s (version %d, %s); event %s changes nothing",
                    dealId, proposal.id(), proposal.version(), proposal.status(), handover.sourceEventId());
        }
        return proposal;
    }

    private OfferTerms offerTerms() {
        return new OfferTerms(settings.currency(), settings.validityDays(), settings.defaultTerms());
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
     * version becomes SUPERSEDED. Only the latest version can be revised ({@link ProposalVersions}).
     */
    @Transactional
    public Proposal revise(UUID id) {
        Proposal proposal = get(id);
        Instant now = Instant.now();
        Proposal next = ProposalVersions.of(versionsOf(proposal.dealId()))
                .revise(proposal, settings.validityDays(), actor.name(), now);
        // Flushed here, not at commit: a concurrent revision then answers 409 (concurrent change), not 500.
        next.persistAndFlush();
        links.revokeAll(CustomerDecisions.PURPOSE, proposal.id()); // a superseded version is no longer decided on
        ProposalRevised revised = ProposalEvents.revised(next, proposal, actor.name(), now);
        outbox.publish(ProposalRevised.TOPIC, ProposalRevised.TYPE, revised.dealId(), revised);
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
    public Proposal send(UUID id) {
        Proposal proposal = get(id);
        proposal.send(DiscountPolicy.current(), actor.name(), Instant.now());
        ProposalSent sent = ProposalEvents.sent(proposal);
        outbox.publish(ProposalSent.TOPIC, ProposalSent.TYPE, sent.dealId(), sent);
        decisions.linkFor(proposal); // the customer decides through their own link, never the seller
        return proposal;
    }

    /** One of the RFP's approval steps passed at the customer (a formal proposal, sent). */
    @Transactional
    public Proposal recordApprovalStep(UUID id, String step, String approvedBy, Instant approvedAt) {
        Proposal proposal = get(id);
        proposal.recordApprovalStep(step, approvedBy, approvedAt, actor.name(), Instant.now());
        return proposal;
    }

    /**
     * The deal was lost at another stage (sales.deal.lost), before (prospect) or after (contract)
     * this one: each version takes it as {@link Proposal#dealLostElsewhere} says; a withdrawn one
     * is the deal lost while here (stage outcome LOST). Unknown deals and repeats change nothing.
     * Joins the inbox transaction.
     */
    @Transactional
    public List<Proposal> onDealLost(InboundEvent event, DealLost loss) {
        if (!loss.concernsOtherStageThan(Stage.PROPOSAL)) {
            return List.of();
        }
        Instant now = Instant.now();
        Instant lostAt = loss.lostAtOr(now);
        String stage = loss.lostIn().orElseThrow().name();
        List<Proposal> changed = new ArrayList<>();
        for (Proposal proposal : Proposal.<Proposal>list("dealId", event.dealId())) {
            switch (proposal.dealLostElsewhere(stage, loss.describe(), lostAt, now)) {
                case WITHDRAWN -> {
                    links.revokeAll(CustomerDecisions.PURPOSE, proposal.id());
                    stages.left(proposal.dealId(), proposal.dealId(), StageOutcome.LOST, loss.describe(), lostAt);
                    changed.add(proposal);
                }
                case MARKED -> changed.add(proposal);
                case NONE -> LOG.debugf("Proposal %s (%s) is left as it is", proposal.id(), proposal.status());
            }
        }
        if (changed.isEmpty()) {
            LOG.infof("Nothing open or accepted for deal %s; loss event %s changes nothing", event.dealId(), event.id());
        }
        return changed;
    }

    /**
     * An expired proposal ended without an answer: neither forward nor a declared loss. The stage's
     * record is the deal, not a version: a revision stays in the stage, the latest exit counts.
     */
    void recordExpiry(Proposal proposal) {
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

    /** Keyset page in id (creation) order of the proposals the caller may see; see Keyset. */
    public List<Proposal> list(UUID dealId, ProposalStatus status, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("status", status);
        return keyset.fetchVisible(visibility.restrictedTo(), Proposal::id,
                (query, parameters) -> Proposal.find(query, parameters));
    }
}
