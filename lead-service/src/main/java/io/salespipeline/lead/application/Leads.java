package io.salespipeline.lead.application;

import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.DoNotContactException;
import io.salespipeline.lead.domain.DuplicateLeadException;
import io.salespipeline.lead.domain.Source;
import io.salespipeline.lead.domain.InterestChannel;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadSource;
import io.salespipeline.lead.domain.LeadStatus;
import io.salespipeline.lead.events.LeadQualified;
import io.salespipeline.platform.audit.AuditRow;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.privacy.EmailAddress;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.access.DealOwnership;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.persistence.KeysetSort;
import io.salespipeline.platform.web.PageRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.stage.DealLost;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.stage.StageOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import io.salespipeline.platform.web.WorkerCall;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/** Lead use cases: each one transaction in which the lead changes and its event is stored. */
@ApplicationScoped
public class Leads {

    private static final Logger LOG = Logger.getLogger(Leads.class);

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    @Inject
    Visibility visibility;

    @Inject
    DealOwnership ownership;

    @Inject
    DuplicateLeads duplicates;

    @Inject
    DoNotContact doNotContact;

    @Inject
    StageLedger stages;

    /**
     * Takes in a new person; one who is already a lead is refused with {@link DuplicateLeadException}
     * naming that lead. Concurrent requests for one person make one lead (see SamePersonRace).
     * Call it on the request's thread (it reads the caller); the lead is stored with the next
     * group commit (LeadIntakeQueue), or the single way on a worker thread when no group could take it.
     */
    public CompletionStage<Lead> create(Contact contact, String notes, Map<String, String> attributes, Source source) {
        Lead lead = newLead(contact, notes, attributes, source);
        LeadSource arrival = lead.firstArrival(source);
        NewLeadWriter.NewLead grouped = new NewLeadWriter.NewLead(lead, arrival, EmailAddress.sha256(contact.email()),
                AuditRow.created(sessions, lead), AuditRow.created(sessions, arrival));
        // Prepared now: when the group's answer comes, the request's context is not on the thread.
        WorkerCall<Lead> alone = WorkerCall.prepare(
                () -> SamePersonRace.inTransaction(() -> createNew(contact, notes, attributes, source)));
        DuplicateAnswer duplicateAnswer = DuplicateAnswer.forCaller(visibility);
        return intakeQueue.submit(grouped).thenCompose(outcome -> switch (outcome.orElse(null)) {
            case NewLeadWriter.Stored stored -> CompletableFuture.completedFuture(lead);
            case NewLeadWriter.Listed listed -> CompletableFuture.failedFuture(new DoNotContactException());
            case NewLeadWriter.Duplicate duplicate -> CompletableFuture.failedFuture(duplicateAnswer.refusal(
                    duplicate.existingLeadId(), duplicate.matchedOn(), duplicate.owner(), duplicate.sharedWith()));
            case null -> alone.run();
        });
    }

    @Inject
    LeadIntakeQueue intakeQueue;

    @Inject
    SessionFactory sessions;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    CallerPrincipal principal;

    /**
     * {@link #create} for a request sent with an Idempotency-Key: the first answer (built by
     * {@code answer} from the new lead) is stored with the lead in one transaction and replayed
     * to every retry; a concurrent retry waits for the first and replays it too.
     */
    public IdempotentRequests.Answer createIdempotently(String key, String requestHash, Contact contact, String notes,
            Map<String, String> attributes, Source source, Function<Lead, IdempotentRequests.Answer> answer) {
        String caller = principal.key();
        try {
            return SamePersonRace.inTransaction(() -> idempotent.replay(caller, key, requestHash).orElseGet(() -> {
                Lead lead = createNew(contact, notes, attributes, source);
                IdempotentRequests.Answer first = answer.apply(lead);
                idempotent.remember(caller, key, requestHash, first, lead.id());
                return first;
            }));
        } catch (DuplicateLeadException e) {
            // A twin with this key committed between our look-up and our duplicate check: its
            // answer (stored in the same transaction as its lead) is ours. Otherwise a true duplicate.
            return QuarkusTransaction.requiringNew().call(() -> idempotent.replay(caller, key, requestHash))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * Takes in a person who may already be a lead, from an unverified channel (web forms): a new
     * lead, or, for a known person, an arrival kept for review that changes nothing of the
     * existing lead (see {@link Lead#arriveUnverified}).
     */
    public Intake createOrRecordArrival(Contact contact, String notes, Map<String, String> attributes, Source source) {
        return SamePersonRace.inTransaction(() -> {
            refuseDoNotContact(contact);
            Optional<DuplicateLeads.Match> existing = duplicates.findExisting(contact);
            if (existing.isPresent()) {
                Lead lead = existing.get().lead();
                lead.arriveUnverified(source, notes, submitted(contact, attributes), actor.name(), Instant.now()).persist();
                return new Intake(lead, false, existing.get().matchedOn());
            }
            return new Intake(store(contact, notes, attributes, source), true, null);
        });
    }

    /** What an arrival carried, for the owner to review: the contact's fields and the attributes (attribute.<name>). */
    private static Map<String, String> submitted(Contact contact, Map<String, String> attributes) {
        Map<String, String> submitted = new LinkedHashMap<>();
        BiConsumer<String, String> put = (name, value) -> {
            if (value != null) {
                submitted.put(name, value);
            }
        };
        put.accept("name", contact.name());
        put.accept("email", contact.email());
        put.accept("phone", contact.phone());
        put.accept("company", contact.company());
        put.accept("jobTitle", contact.jobTitle());
        put.accept("country", contact.country());
        if (attributes != null) {
            attributes.forEach((name, value) -> put.accept("attribute." + name, value));
        }
        return submitted;
    }

    /** The owner or a sales manager has reviewed the arrivals flagged on the lead. */
    @Transactional
    public Lead clearReview(UUID id) {
        Lead lead = get(id);
        visibility.requireOwnerOrManager(lead.owner());
        lead.clearReview();
        return lead;
    }

    /** What an intake did: created a new lead, or recorded an arrival on the existing one (matchedOn says why). */
    public record Intake(Lead lead, boolean created, String matchedOn) {
    }

    /**
     * One attempt, in the caller's transaction: refuses a duplicate, otherwise stores the lead and
     * flushes, so that a concurrent twin's unique-index violation surfaces here, not at commit.
     */
    @Transactional
    public Lead createNew(Contact contact, String notes, Map<String, String> attributes, Source source) {
        refuseDoNotContact(contact);
        duplicates.findExisting(contact).ifPresent(match -> {
            throw DuplicateAnswer.forCaller(visibility).refusal(match.lead().id(), match.matchedOn(),
                    match.lead().owner(), match.lead().sharedWith());
        });
        return store(contact, notes, attributes, source);
    }

    /** The new lead as this caller creates it, not yet stored. */
    private Lead newLead(Contact contact, String notes, Map<String, String> attributes, Source source) {
        Instant now = Instant.now();
        Lead lead = Lead.create(contact, notes, attributes, source, actor.name(), now);
        // The creating seller owns the lead; one from an integration or a web form waits for a manager to assign it.
        lead.assignOwner(visibility.isSeller() ? actor.subject() : null, now);
        return lead;
    }

    /** A person who asked to be forgotten is not taken in again, by any path. */
    private void refuseDoNotContact(Contact contact) {
        if (doNotContact.isListed(contact.email())) {
            throw new DoNotContactException();
        }
    }

    private Lead store(Contact contact, String notes, Map<String, String> attributes, Source source) {
        Lead lead = newLead(contact, notes, attributes, source);
        lead.persist();
        lead.firstArrival(source).persist();
        Lead.flush();
        stages.entered(lead.id(), null, lead.createdAt());
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
        publish(lead.assess(viable, reasons, actor.name(), Instant.now()));
        recordExit(lead);
        return lead;
    }

    @Transactional
    public Lead recordInterest(UUID id, InterestChannel channel, Instant expressedAt, String topics) {
        Lead lead = get(id);
        publish(lead.recordInterest(channel, expressedAt, topics, actor.name(), Instant.now()));
        recordExit(lead);
        return lead;
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

    /** The deal's later stages follow (a lead not qualified has none). */
    @Transactional
    public Lead assignOwner(UUID id, String owner) {
        return ownership.assignOwner(Stage.LEAD, get(id), owner);
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
                .equal("dealId", filter.dealId())
                .equal("status", filter.status())
                .equal("sourceKind", filter.sourceKind())
                .equal("owner", filter.owner())
                .equal("country", filter.country())
                .where("createdAt >= :createdFrom", "createdFrom", filter.createdFrom())
                .where("createdAt < :createdTo", "createdTo", filter.createdTo());
        search(keyset, filter);
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

    @Inject
    SearchTextSample searchTextSample;

    /**
     * q: the trigram index looks up q, or only q's pieces that are not in nearly every lead (see
     * SearchPieces); then q itself is checked on the candidates, written so that the index does
     * not take it ({@code concat(searchText, '')} is not the indexed expression).
     */
    private void search(Keyset keyset, LeadFilter filter) {
        if (filter.q() == null) {
            return;
        }
        List<String> pieces = SearchPieces.toLookUp(filter.q(), searchTextSample::frequency);
        if (pieces.isEmpty()) {
            keyset.where("searchText like :q escape '\\'", "q", filter.likePattern());
            return;
        }
        for (int i = 0; i < pieces.size(); i++) {
            keyset.where("searchText like :q" + i + " escape '\\'", "q" + i, LeadFilter.containing(pieces.get(i)));
        }
        keyset.where("concat(searchText, '') like :q escape '\\'", "q", filter.likePattern());
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

    private void publish(Optional<LeadQualified> qualified) {
        qualified.ifPresent(event -> outbox.publish(LeadQualified.TOPIC, LeadQualified.TYPE, event.dealId(), event));
    }
}
