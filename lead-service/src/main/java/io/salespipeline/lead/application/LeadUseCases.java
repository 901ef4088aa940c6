package io.salespipeline.lead.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salespipeline.lead.application.accounts.Accounts;
import io.salespipeline.lead.application.search.LeadFilter;
import io.salespipeline.lead.application.search.LeadSearch;
import io.salespipeline.lead.domain.InterestChannel;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadDeal;
import io.salespipeline.lead.domain.LeadSource;
import io.salespipeline.lead.domain.LeadStatus;
import io.salespipeline.lead.domain.Qualification;
import io.salespipeline.lead.events.LeadAssigned;
import io.salespipeline.lead.events.LeadQualified;
import io.salespipeline.lead.application.routing.LeadAssignments;
import io.salespipeline.lead.application.restrictions.DealScreening;
import io.salespipeline.platform.access.DealOwnership;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.persistence.KeysetSort;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.stage.DealLost;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.stage.StageOutcome;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.jboss.logging.Logger;

/**
 * Lead use cases after intake (LeadIntake): each one transaction in which the lead changes and
 * its event is stored.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class LeadUseCases {

    private static final Logger LOG = Logger.getLogger(LeadUseCases.class);

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    @Inject
    Visibility visibility;

    @Inject
    DealOwnership ownership;

    @Inject
    LeadSearch leadSearch;

    @Inject
    StageLedger stages;

    @Inject
    LeadAssignments assignments;

    @Inject
    DealScreening screening;

    @Inject
    Accounts accounts;

    /** The owner or a sales manager has reviewed the arrivals flagged on the lead. */
    @Transactional
    public Lead clearReview(UUID id) {
        Lead lead = get(id);
        visibility.requireOwnerOrManager(lead.owner());
        lead.clearReview();
        return lead;
    }

    @Transactional
    public Lead recordContact(UUID id, InterestChannel channel, Instant contactedAt) {
        Lead lead = get(id);
        lead.recordContact(channel, contactedAt, actor.name(), Instant.now());
        return lead;
    }

    @Transactional
    public Lead reopen(UUID id, String reason) {
        Lead lead = get(id);
        lead.reopen(reason, actor.name(), Instant.now());
        return lead;
    }

    /** The lead's source history, oldest first. */
    public List<LeadSource> sources(UUID id) {
        return LeadSource.list("leadId = ?1 order by receivedAt, id", id);
    }

    @Transactional
    public Lead assess(UUID id, boolean viable, String reasons) {
        Lead lead = get(id);
        publish(lead, screened(lead, lead.assess(viable, reasons, actor.name(), Instant.now())));
        recordExit(lead);
        return lead;
    }

    @Transactional
    public Lead recordInterest(UUID id, InterestChannel channel, Instant expressedAt, String topics) {
        Lead lead = get(id);
        publish(lead, screened(lead, lead.recordInterest(channel, expressedAt, topics, actor.name(), Instant.now())));
        recordExit(lead);
        return lead;
    }

    /**
     * A new deal with the person of a won lead or one whose deal was lost (repeat business), on
     * their fresh interest: published as LeadQualified naming the previous deal. Screened as a
     * first qualification is.
     */
    @Transactional
    public Lead startNewDeal(UUID id, InterestChannel channel, Instant expressedAt, String topics) {
        Lead lead = get(id);
        publish(lead, screened(lead, Optional.of(lead.startNewDeal(channel, expressedAt, topics, actor.name(),
                Instant.now()))));
        return lead;
    }

    /** A sales manager re-opens the lead's lost deal as a new deal linked to it (LeadQualified). */
    @Transactional
    public Lead reopenLostDeal(UUID id, String reason) {
        Lead lead = get(id);
        publish(lead, screened(lead, Optional.of(lead.reopenLostDeal(reason, actor.name(), Instant.now()))));
        return lead;
    }

    /** Every deal the lead started, oldest first. */
    public List<LeadDeal> deals(UUID id) {
        return LeadDeal.list("leadId = ?1 order by startedAt, dealId", get(id).id());
    }

    @Transactional
    public Lead disqualify(UUID id, String reason) {
        Lead lead = get(id);
        lead.disqualify(reason, Instant.now());
        recordExit(lead);
        return lead;
    }

    /** The lead if the caller may see it (owner, shared with them, or a sales manager); otherwise 404. */
    public Lead get(UUID id) {
        return visibility.visible("lead", id, Lead.<Lead>findByIdOptional(id));
    }

    /**
     * The deal's later stages follow (a lead not qualified has none); LeadAssigned tells who has
     * it now. A lead still waiting for routing is the manager's choice from now on.
     */
    @Transactional
    public Lead assignOwner(UUID id, String owner) {
        Lead lead = get(id);
        String previous = lead.owner();
        Instant now = Instant.now();
        lead.assignByHand(now);
        ownership.assignOwner(Stage.LEAD, lead, owner);
        assignments.published(lead, previous, LeadAssigned.BY_HAND, now);
        return lead;
    }

    /**
     * Sharing is the owner's or a sales manager's decision; someone it is shared with may not
     * re-share. The deal's later stages follow (a lead not qualified has none).
     */
    @Transactional
    public Lead share(UUID id, java.util.Set<String> subjects) {
        return ownership.share(Stage.LEAD, get(id), subjects);
    }

    /** One keyset page of the leads the filter selects, in the given sort (see LeadSorts, V31 indexes). */
    public List<Lead> list(LeadFilter filter, KeysetSort<Lead> sort, PageRequest page) {
        Keyset keyset = Keyset.sorted(page, sort)
                // The lead's current deal or an earlier one (its deal history).
                .where("(dealId = :dealId or id in (select d.leadId from LeadDeal d where d.dealId = :dealId))",
                        "dealId", filter.dealId())
                .equal("status", filter.status())
                .equal("sourceKind", filter.sourceKind())
                .equal("owner", filter.owner())
                .where("contact.country = :country", "country", filter.country())
                .where("createdAt >= :createdFrom", "createdFrom", filter.createdFrom())
                .where("createdAt < :createdTo", "createdTo", filter.createdTo());
        leadSearch.narrow(keyset, filter);
        Optional<String> seller = visibility.restrictedTo();
        if (seller.isEmpty() || filter.q() == null) {
            return keyset.fetchVisible(seller, Lead::id, (query, parameters) -> Lead.find(query, parameters));
        }
        // A seller's search: the plan PostgreSQL caches for any seller and any q (after five runs
        // of a prepared statement) reads all of a big seller's leads through a bitmap (~75 ms with
        // 100 000); planned for her and her q it walks her newest leads (~1 ms). Only here: planning
        // every list statement cost the other lists more than it saved (deploy/benchmarks/README.md).
        return QuarkusTransaction.joiningExisting().call(() -> {
            Lead.getEntityManager().createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
            List<Lead> found = keyset.fetchVisible(seller, Lead::id, (query, parameters) -> Lead.find(query, parameters));
            found.forEach(lead -> Hibernate.initialize(lead.sharedWith())); // the view reads it after this transaction
            return found;
        });
    }

    /**
     * The deal this lead started was lost at a later stage (sales.deal.lost): the qualified lead
     * keeps the loss as its deal's outcome. A deal this service never started, or a lead that is
     * not qualified, is ignored; a repeated loss keeps the first. Joins the inbox transaction.
     */
    @Transactional
    public Optional<Lead> markDealLost(InboundEvent event, DealLost loss) {
        if (!loss.concernsOtherStageThan(Stage.LEAD)) {
            LOG.warnf("Event %s reports a loss at stage %s, not a later one; ignored", event.id(), loss.stage());
            return Optional.empty();
        }
        Optional<Lead> found = Lead.<Lead>find("dealId", event.dealId()).firstResultOptional();
        if (found.isEmpty() || found.get().status() != LeadStatus.QUALIFIED) {
            LOG.infof("No qualified lead for deal %s; loss event %s ignored", event.dealId(), event.id());
            return Optional.empty();
        }
        Lead lead = found.get();
        Instant now = Instant.now();
        if (!lead.markDealLost(loss.lostIn().orElseThrow().name(), loss.describe(), loss.lostAtOr(now), now)) {
            LOG.infof("Deal %s was already marked lost; event %s changes nothing", event.dealId(), event.id());
        }
        return found;
    }

    /** A qualified lead left the stage forward; a disqualified one is the deal lost at the lead stage. */
    private void recordExit(Lead lead) {
        if (lead.status() == LeadStatus.QUALIFIED) {
            stages.left(lead.id(), lead.dealId(), StageOutcome.FORWARD, null, lead.qualifiedAt());
        } else if (lead.status() == LeadStatus.DISQUALIFIED) {
            stages.left(lead.id(), null, StageOutcome.LOST, lead.disqualificationReason(), lead.updatedAt());
        }
    }

    /**
     * A lead about to qualify is screened against the trade restrictions; a blocked one is refused
     * (TradeRestrictedException) and this transaction rolls back: the lead stays as it was.
     */
    private Optional<Qualification> screened(Lead lead, Optional<Qualification> qualified) {
        if (qualified.isPresent()) {
            screening.screen(lead);
        }
        return qualified;
    }

    /** A lead that qualified (its deal starts, for its company's account) publishes LeadQualified. */
    private void publish(Lead lead, Optional<Qualification> qualified) {
        qualified.ifPresent(q -> {
            q.started().persist();
            lead.joinAccount(accounts.accountFor(lead, actor.name(), q.qualifiedAt()));
            outbox.publish(LeadQualified.TOPIC, LeadQualified.TYPE, q.dealId(),
                    LeadQualifiedEvents.of(lead, firstCampaign(lead)));
        });
    }

    /** The campaign the lead's first arrival is attributed to (null: none). */
    private static String firstCampaign(Lead lead) {
        return LeadSource.<LeadSource>find("leadId = ?1 order by receivedAt, id", lead.id()).firstResultOptional()
                .map(arrival -> arrival.source().attributedCampaign()).orElse(null);
    }
}
