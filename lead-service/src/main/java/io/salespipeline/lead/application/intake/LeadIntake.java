package io.salespipeline.lead.application.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salespipeline.lead.application.CallerPrincipal;
import io.salespipeline.lead.application.erasure.DoNotContact;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.DoNotContactException;
import io.salespipeline.lead.domain.DuplicateLeadException;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadSource;
import io.salespipeline.lead.domain.Source;
import io.salespipeline.lead.domain.RoutingWay;
import io.salespipeline.lead.application.routing.LeadRouter;
import java.util.List;
import io.salespipeline.lead.events.LeadCreated;
import io.salespipeline.platform.audit.AuditRow;
import io.salespipeline.platform.privacy.EmailAddress;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.WorkerCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.hibernate.SessionFactory;

/**
 * Taking in a person: a new lead (each person is one lead, see DuplicateLeads), refused for a
 * person on the do-not-contact register; by group commit, the single way, with an
 * Idempotency-Key, or as an unverified arrival on the lead the person already has.
 */
@ApplicationScoped
public class LeadIntake {

    @Inject
    CurrentActor actor;

    @Inject
    Visibility visibility;

    @Inject
    DuplicateLeads duplicates;

    @Inject
    DoNotContact doNotContact;

    @Inject
    StageLedger stages;

    @Inject
    LeadIntakeQueue intakeQueue;

    @Inject
    SessionFactory sessions;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    CallerPrincipal principal;

    @Inject
    LeadRouter router;

    @Inject
    LeadIntakeEvents events;

    /**
     * Takes in a new person; one who is already a lead is refused with {@link DuplicateLeadException}
     * naming that lead. Concurrent requests for one person make one lead (see SamePersonRace).
     * Call it on the request's thread (it reads the caller); the lead is stored with the next
     * group commit (LeadIntakeQueue), or the single way on a worker thread when no group could take it.
     */
    public CompletionStage<Lead> create(Contact contact, String notes, Map<String, String> attributes, Source source) {
        LeadCreated.Intake intake = events.callerIntake();
        Lead lead = newLead(contact, notes, attributes, source, intake);
        LeadSource arrival = lead.firstArrival(source);
        NewLeadWriter.NewLead grouped = new NewLeadWriter.NewLead(lead, arrival, EmailAddress.sha256(contact.email()),
                AuditRow.created(sessions, lead), AuditRow.created(sessions, arrival),
                events.prepareCreated(lead, intake, actor.name()));
        // Prepared now: when the group's answer comes, the request's context is not on the thread.
        WorkerCall<Lead> alone = WorkerCall.prepare(
                () -> SamePersonRace.inTransaction(() -> createNew(contact, notes, attributes, source, intake)));
        DuplicateAnswer duplicateAnswer = DuplicateAnswer.forCaller(visibility);
        return intakeQueue.submit(grouped).thenCompose(outcome -> switch (outcome.orElse(null)) {
            case NewLeadWriter.Stored stored -> CompletableFuture.completedFuture(lead);
            case NewLeadWriter.Listed listed -> CompletableFuture.failedFuture(new DoNotContactException());
            case NewLeadWriter.Duplicate duplicate -> CompletableFuture.failedFuture(duplicateAnswer.refusal(
                    duplicate.existingLeadId(), duplicate.matchedOn(), duplicate.owner(), duplicate.sharedWith()));
            case null -> alone.run();
        });
    }

    /**
     * {@link #create} for a request sent with an Idempotency-Key: the first answer (built by
     * {@code answer} from the new lead) is stored with the lead in one transaction and replayed
     * to every retry; a concurrent retry waits for the first and replays it too.
     */
    public IdempotentRequests.Answer createIdempotently(String key, String requestHash, Contact contact, String notes,
            Map<String, String> attributes, Source source, Function<Lead, IdempotentRequests.Answer> answer) {
        String caller = principal.key();
        LeadCreated.Intake intake = events.callerIntake();
        try {
            return SamePersonRace.inTransaction(() -> idempotent.replay(caller, key, requestHash).orElseGet(() -> {
                Lead lead = createNew(contact, notes, attributes, source, intake);
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
                LeadSource arrival = lead.arriveUnverified(source, notes, submitted(contact, attributes), actor.name(),
                        Instant.now());
                arrival.persist();
                events.merged(lead, arrival, existing.get().matchedOn());
                return new Intake(lead, false, existing.get().matchedOn());
            }
            return new Intake(store(contact, notes, attributes, source, LeadCreated.Intake.WEB_FORM), true, null);
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

    /** What an intake did: created a new lead, or recorded an arrival on the existing one (matchedOn says why). */
    public record Intake(Lead lead, boolean created, String matchedOn) {
    }

    /**
     * One attempt, in the caller's transaction: refuses a duplicate, otherwise stores the lead and
     * flushes, so that a concurrent twin's unique-index violation surfaces here, not at commit.
     */
    @Transactional
    public Lead createNew(Contact contact, String notes, Map<String, String> attributes, Source source,
            LeadCreated.Intake intake) {
        refuseDoNotContact(contact);
        duplicates.findExisting(contact).ifPresent(match -> {
            throw DuplicateAnswer.forCaller(visibility).refusal(match.lead().id(), match.matchedOn(),
                    match.lead().owner(), match.lead().sharedWith());
        });
        return store(contact, notes, attributes, source, intake);
    }

    /**
     * The new lead as this caller creates it, not yet stored: the creating seller owns it; one from
     * a web form or an integration waits for the routing rules; a sales manager's starts unassigned.
     */
    private Lead newLead(Contact contact, String notes, Map<String, String> attributes, Source source,
            LeadCreated.Intake intake) {
        Instant now = Instant.now();
        Lead lead = Lead.create(contact, notes, attributes, source, actor.name(), now);
        String caller = principal.key();
        if (visibility.isSeller()) {
            lead.assignOwner(actor.subject(), now);
        } else if (caller.startsWith(CallerPrincipal.API_KEY_PREFIX)) {
            lead.awaitRouting(RoutingWay.API_KEY, caller.substring(CallerPrincipal.API_KEY_PREFIX.length()), now);
        } else if (intake == LeadCreated.Intake.WEB_FORM) {
            lead.awaitRouting(RoutingWay.WEB_FORM, source.formId(), now);
        }
        return lead;
    }

    /** A person who asked to be forgotten is not taken in again, by any path. */
    private void refuseDoNotContact(Contact contact) {
        if (doNotContact.isListed(contact.email())) {
            throw new DoNotContactException();
        }
    }

    private Lead store(Contact contact, String notes, Map<String, String> attributes, Source source,
            LeadCreated.Intake intake) {
        Lead lead = newLead(contact, notes, attributes, source, intake);
        lead.persist();
        lead.firstArrival(source).persist();
        Lead.flush();
        stages.entered(lead.id(), null, lead.createdAt());
        events.created(lead, intake);
        router.route(List.of(lead));
        return lead;
    }
}
