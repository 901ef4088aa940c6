package io.salespipeline.lead.application;

import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.DuplicateLeadException;
import io.salespipeline.lead.domain.LeadSource;
import io.salespipeline.lead.domain.Source;
import io.salespipeline.lead.domain.InterestChannel;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.SourceKind;
import io.salespipeline.lead.events.LeadQualified;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.persistence.KeysetSort;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Lead use cases: each one transaction in which the lead changes and its event is stored. */
@ApplicationScoped
public class Leads {

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    @Inject
    DuplicateLeads duplicates;

    public Lead create(Contact contact, String notes, Map<String, String> attributes, SourceKind source,
            String sourceDetail) {
        return create(contact, notes, attributes, Source.of(source, sourceDetail));
    }

    /**
     * Takes in a new person; one who is already a lead is refused with {@link DuplicateLeadException}
     * naming that lead. Concurrent requests for one person make one lead (see SamePersonRace).
     */
    public Lead create(Contact contact, String notes, Map<String, String> attributes, Source source) {
        return SamePersonRace.inTransaction(() -> createNew(contact, notes, attributes, source));
    }

    /**
     * Takes in a person who may already be a lead (web forms): the new source and notes are
     * merged into the existing lead, otherwise a new lead is created.
     */
    public Intake createOrMerge(Contact contact, String notes, Map<String, String> attributes, Source source) {
        return SamePersonRace.inTransaction(() -> {
            Optional<DuplicateLeads.Match> existing = duplicates.findExisting(contact);
            if (existing.isPresent()) {
                Lead lead = existing.get().lead();
                lead.arriveAgain(source, notes, actor.name(), Instant.now()).persist();
                return new Intake(lead, false, existing.get().matchedOn());
            }
            return new Intake(store(contact, notes, attributes, source), true, null);
        });
    }

    /** What an intake did: created a new lead, or merged into the existing one (matchedOn says why). */
    public record Intake(Lead lead, boolean created, String matchedOn) {
    }

    /**
     * One attempt, in the caller's transaction: refuses a duplicate, otherwise stores the lead and
     * flushes, so that a concurrent twin's unique-index violation surfaces here, not at commit.
     */
    @Transactional
    public Lead createNew(Contact contact, String notes, Map<String, String> attributes, Source source) {
        duplicates.findExisting(contact).ifPresent(match -> {
            throw new DuplicateLeadException(match.lead().id(), match.matchedOn());
        });
        return store(contact, notes, attributes, source);
    }

    private Lead store(Contact contact, String notes, Map<String, String> attributes, Source source) {
        Lead lead = Lead.create(contact, notes, attributes, source, actor.name(), Instant.now());
        lead.persist();
        lead.firstArrival(source).persist();
        Lead.flush();
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
        return lead;
    }

    @Transactional
    public Lead recordInterest(UUID id, InterestChannel channel, Instant expressedAt, String topics) {
        Lead lead = get(id);
        publish(lead.recordInterest(channel, expressedAt, topics, actor.name(), Instant.now()));
        return lead;
    }

    @Transactional
    public Lead disqualify(UUID id, String reason) {
        Lead lead = get(id);
        lead.disqualify(reason, Instant.now());
        return lead;
    }

    public Lead get(UUID id) {
        return Lead.<Lead>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("lead", id));
    }

    /** One keyset page of the leads the filter selects, in the given sort (see LeadSorts, V31 indexes). */
    public List<Lead> list(LeadFilter filter, KeysetSort<Lead> sort, PageRequest page) {
        Keyset keyset = Keyset.sorted(page, sort)
                .equal("dealId", filter.dealId())
                .equal("status", filter.status())
                .equal("sourceKind", filter.sourceKind())
                .equal("country", filter.country())
                .where("createdAt >= :createdFrom", "createdFrom", filter.createdFrom())
                .where("createdAt < :createdTo", "createdTo", filter.createdTo())
                .where("searchText like :q escape '\\'", "q", filter.likePattern());
        return keyset.fetch(Lead.find(keyset.orderedQuery(), keyset.parameters()));
    }

    private void publish(Optional<LeadQualified> qualified) {
        qualified.ifPresent(event -> outbox.publish(LeadQualified.TOPIC, LeadQualified.TYPE, event.dealId(), event));
    }
}
