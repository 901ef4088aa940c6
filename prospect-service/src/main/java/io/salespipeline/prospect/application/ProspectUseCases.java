package io.salespipeline.prospect.application;

import io.quarkus.panache.common.Sort;
import io.salespipeline.platform.access.DealAccessChanges;
import io.salespipeline.platform.access.DealOwnership;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.inbox.InconsistentEventException;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.prospect.domain.Application;
import io.salespipeline.prospect.domain.Interaction;
import io.salespipeline.prospect.domain.InteractionType;
import io.salespipeline.prospect.domain.InterestLevel;
import io.salespipeline.prospect.domain.Procurement;
import io.salespipeline.prospect.domain.Profile;
import io.salespipeline.prospect.domain.Prospect;
import io.salespipeline.prospect.domain.ProposalRejection;
import io.salespipeline.prospect.domain.ProspectStatus;
import io.salespipeline.prospect.domain.SavingPeriod;
import io.salespipeline.prospect.events.ProspectInteractionLogged;
import io.salespipeline.prospect.events.ProspectReadyForProposal;
import io.salespipeline.platform.stage.DealLost;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.stage.StageOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** Prospect use cases: each one transaction in which the prospect changes and its event is stored. */
@ApplicationScoped
@RetriedOnConcurrentChange
public class ProspectUseCases {

    private static final Logger LOG = Logger.getLogger(ProspectUseCases.class);
    private static final List<ProspectStatus> OPEN = List.of(ProspectStatus.RAPPORT, ProspectStatus.ORIENTATION);

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

    @Inject
    Segments segments;

    /**
     * Opens the prospect of a qualified lead, once per deal: a second event for the same deal and
     * lead (a re-publication under a new id) is treated as already done: the lead is read only for
     * a deal without a prospect. A deal starts from one lead, so an event naming another lead
     * ({@code leadId}) for a deal whose prospect exists contradicts it and is refused. Joins the
     * inbox transaction.
     */
    @Transactional
    public Optional<Prospect> openFrom(InboundEvent event, UUID leadId, Supplier<OpenProspect> qualifiedLead) {
        UUID dealId = event.dealId();
        Optional<Prospect> opened = Prospect.<Prospect>find("dealId", dealId).firstResultOptional();
        if (opened.isPresent()) {
            if (leadId != null && !leadId.equals(opened.get().leadId())) {
                throw new InconsistentEventException("Inconsistent event refused: deal " + dealId + " started from lead "
                        + opened.get().leadId() + " (prospect " + opened.get().id() + "); event " + event.id()
                        + " names lead " + leadId);
            }
            LOG.infof("Deal %s already has a prospect; event %s changes nothing", dealId, event.id());
            return Optional.empty();
        }
        OpenProspect lead = qualifiedLead.get();
        Prospect prospect = Prospect.open(dealId, lead.leadId(), lead.contact(), lead.source(), lead.qualification(),
                segments.byDefault(), actor.name(), Instant.now());
        prospect.assignOwner(lead.owner(), Instant.now());
        prospect.forAccount(lead.accountId());
        if (lead.previousDealId() != null) {
            prospect.follow(lead.previousDealId(), Prospect.<Prospect>find("dealId", lead.previousDealId())
                    .firstResultOptional().orElse(null), actor.name(), Instant.now());
        }
        prospect.shareWith(lead.sharedWith(), Instant.now()); // missing in older events: shared with nobody
        access.adopt(dealId, List.of(prospect)); // a change made since the qualification may have come first
        prospect.persist();
        stages.entered(prospect.id(), dealId, prospect.createdAt());
        return Optional.of(prospect);
    }

    @Transactional
    public Interaction recordInteraction(UUID id, InteractionType type, Instant occurredAt, String outcome,
            String nextStep, LocalDate followUpOn, InterestLevel interestLevel) {
        Prospect prospect = get(id);
        Interaction interaction = prospect.recordInteraction(type, occurredAt, outcome, nextStep, followUpOn,
                interestLevel, actor.name(), Instant.now());
        interaction.persist();
        outbox.publish(ProspectInteractionLogged.TOPIC, ProspectInteractionLogged.TYPE, prospect.dealId(),
                ProspectEvents.logged(prospect, interaction));
        return interaction;
    }

    @Transactional
    public Prospect describe(UUID id, Profile profile, Procurement procurement) {
        Prospect prospect = get(id);
        prospect.describe(profile, procurement, actor.name(), Instant.now());
        return prospect;
    }

    /** The seller places the deal in a configured segment; it decides what readiness requires. */
    @Transactional
    public Prospect classify(UUID id, String segment) {
        Prospect prospect = get(id);
        prospect.classify(segments.named(segment), Instant.now());
        return prospect;
    }

    @Transactional
    public Prospect chooseCurrency(UUID id, String currency) {
        Prospect prospect = get(id);
        prospect.chooseCurrency(currency, Instant.now());
        return prospect;
    }

    @Transactional
    public Application addApplication(UUID id, String product, String problem, Money costSaving,
            BigDecimal timeSavingHours, SavingPeriod period, String reasoning) {
        Application application = get(id).addApplication(product, problem, costSaving, timeSavingHours, period,
                reasoning, actor.name(), Instant.now());
        application.persist();
        return application;
    }

    @Transactional
    public Prospect markReady(UUID id) {
        Prospect prospect = get(id);
        prospect.markReady(segments.current(prospect.segment()), Instant.now());
        ProspectReadyForProposal ready = ProspectEvents.ready(prospect);
        outbox.publish(ProspectReadyForProposal.TOPIC, ProspectReadyForProposal.TYPE, ready.dealId(), ready);
        stages.left(prospect.id(), prospect.dealId(), StageOutcome.FORWARD, null, ready.readyAt());
        return prospect;
    }

    @Transactional
    public Prospect lose(UUID id, String reason) {
        Prospect prospect = get(id);
        prospect.lose(reason, Instant.now());
        DealLost lost = ProspectEvents.lost(prospect);
        outbox.publish(DealLost.TOPIC, DealLost.type(Stage.PROSPECT), lost.dealId(), lost);
        stages.left(prospect.id(), prospect.dealId(), StageOutcome.LOST, prospect.lossReason(), prospect.lostAt());
        return prospect;
    }

    /**
     * The deal was lost at a later stage (sales.deal.lost from proposal or contract): the
     * prospect is marked LOST with that reason, without publishing a loss of its own. A prospect
     * still in discovery was lost while here (stage outcome LOST); one already handed on keeps its
     * forward exit. An already lost (or won) prospect, an unknown deal, or this stage's own loss changes
     * nothing. Joins the inbox transaction.
     */
    @Transactional
    public Optional<Prospect> markLostLater(InboundEvent event, DealLost loss) {
        if (!loss.concernsOtherStageThan(Stage.PROSPECT)) {
            return Optional.empty(); // this service's own loss, or an unknown stage
        }
        Optional<Prospect> found = Prospect.<Prospect>find("dealId", event.dealId()).firstResultOptional();
        if (found.isEmpty() || found.get().status().isClosed()) {
            LOG.infof("No open prospect for deal %s; loss event %s changes nothing", event.dealId(), event.id());
            return Optional.empty();
        }
        Prospect prospect = found.get();
        boolean stillHere = prospect.status() != ProspectStatus.READY_FOR_PROPOSAL;
        prospect.lose(loss.describe(), loss.lostAtOr(Instant.now()));
        if (stillHere) {
            stages.left(prospect.id(), prospect.dealId(), StageOutcome.LOST, prospect.lossReason(), prospect.lostAt());
        }
        return found;
    }

    /** The prospect if the caller may see it (owner, shared with them, or a sales manager); otherwise 404. */
    public Prospect get(UUID id) {
        return visibility.visible("prospect", id, Prospect.<Prospect>findByIdOptional(id));
    }

    /** A sales manager hands the deal at this stage to another seller; the deal's other stages follow. */
    @Transactional
    public Prospect assignOwner(UUID id, String owner) {
        return ownership.assignOwner(Stage.PROSPECT, get(id), owner);
    }

    /**
     * Sharing is the owner's or a sales manager's decision; someone it is shared with may not
     * re-share. The deal's other stages follow.
     */
    @Transactional
    public Prospect share(UUID id, java.util.Set<String> subjects) {
        return ownership.share(Stage.PROSPECT, get(id), subjects);
    }

    /** The rapport log, oldest contact first. */
    public List<Interaction> interactions(UUID id) {
        get(id);
        return Interaction.list("prospectId", Sort.by("occurredAt").and("id"), id);
    }

    public List<Application> applications(UUID id) {
        get(id);
        return Application.list("prospect.id", Sort.by("id"), id);
    }

    public Interaction interaction(UUID id, UUID interactionId) {
        get(id);
        return Interaction.<Interaction>find("id = ?1 and prospectId = ?2", interactionId, id).firstResultOptional()
                .orElseThrow(() -> new RecordNotFoundException("interaction", interactionId));
    }

    public Application application(UUID id, UUID applicationId) {
        get(id);
        return Application.<Application>find("id = ?1 and prospect.id = ?2", applicationId, id)
                .firstResultOptional()
                .orElseThrow(() -> new RecordNotFoundException("application", applicationId));
    }

    /**
     * Keyset page in id (creation) order; see Keyset. With followUpDue, only prospects the seller
     * can still work on (RAPPORT, ORIENTATION) whose next follow-up falls on or before that day.
     */
    public List<Prospect> list(UUID dealId, ProspectStatus status, LocalDate followUpDue, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("status", status)
                .atMost("nextFollowUpOn", followUpDue)
                .in("status", followUpDue == null ? null : OPEN);
        return keyset.fetchVisible(visibility.restrictedTo(), Prospect::id,
                (query, parameters) -> Prospect.find(query, parameters));
    }

    /**
     * proposal-service reported that the customer rejected the deal's proposal: the prospect goes
     * back to ORIENTATION with the reason. A prospect already LOST, or an older rejection, changes
     * nothing. Joins the inbox transaction.
     */
    @Transactional
    public boolean reopenAfterRejection(InboundEvent event, ProposalRejection rejection) {
        Prospect prospect = Prospect.<Prospect>find("dealId", event.dealId()).firstResult();
        if (prospect == null) {
            // The deal's prospect must exist before any proposal; an unknown deal is not ours to fix.
            throw new InconsistentEventException("Inconsistent event refused: deal " + event.dealId()
                    + " has no prospect here; a proposal is made only for a prospect ready for it");
        }
        boolean reopened = prospect.reopenAfterRejection(rejection, Instant.now());
        if (!reopened) {
            LOG.infof("Prospect %s (%s) ignores rejection event %s", prospect.id(), prospect.status(), event.id());
        }
        return reopened;
    }
}
