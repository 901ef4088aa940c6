package io.salespipeline.lead.application;

import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.InterestChannel;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadStatus;
import io.salespipeline.lead.domain.SourceKind;
import io.salespipeline.lead.events.LeadQualified;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.persistence.Keyset;
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
    Visibility visibility;

    @Transactional
    public Lead create(Contact contact, String notes, Map<String, String> attributes, SourceKind source,
            String sourceDetail) {
        Lead lead = Lead.create(contact, notes, attributes, source, sourceDetail, actor.name(), Instant.now());
        lead.assignOwner(visibility.isIntegration() ? null : actor.subject(), Instant.now());
        lead.persist();
        return lead;
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

    /** The lead if the caller may see it (owner, shared with them, or a sales manager); otherwise 404. */
    public Lead get(UUID id) {
        Lead lead = Lead.<Lead>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("lead", id));
        visibility.check("lead", id, lead.owner(), lead.sharedWith());
        return lead;
    }

    @Transactional
    public Lead assignOwner(UUID id, String owner) {
        Lead lead = get(id);
        lead.assignOwner(owner, Instant.now());
        return lead;
    }

    /** Sharing is the owner's or a sales manager's decision; someone it is shared with may not re-share. */
    @Transactional
    public Lead share(UUID id, java.util.Set<String> subjects) {
        Lead lead = get(id);
        visibility.requireOwnerOrManager(lead.owner());
        lead.shareWith(subjects, Instant.now());
        return lead;
    }

    /** Keyset page in id (creation) order; see Keyset. */
    public List<Lead> list(UUID dealId, LeadStatus status, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("status", status)
                .visibleTo(visibility.restrictedTo());
        return keyset.fetch(Lead.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }

    private void publish(Optional<LeadQualified> qualified) {
        qualified.ifPresent(event -> outbox.publish(LeadQualified.TOPIC, LeadQualified.TYPE, event.dealId(), event));
    }
}
