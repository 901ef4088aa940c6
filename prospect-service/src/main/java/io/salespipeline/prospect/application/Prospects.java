package io.salespipeline.prospect.application;

import io.quarkus.panache.common.Sort;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.prospect.domain.Application;
import io.salespipeline.prospect.domain.Contact;
import io.salespipeline.prospect.domain.Interaction;
import io.salespipeline.prospect.domain.InteractionType;
import io.salespipeline.prospect.domain.InterestLevel;
import io.salespipeline.prospect.domain.Procurement;
import io.salespipeline.prospect.domain.Profile;
import io.salespipeline.prospect.domain.Prospect;
import io.salespipeline.prospect.domain.ProspectStatus;
import io.salespipeline.prospect.domain.Qualification;
import io.salespipeline.prospect.domain.SavingPeriod;
import io.salespipeline.prospect.domain.Source;
import io.salespipeline.prospect.events.DealLost;
import io.salespipeline.prospect.events.ProspectReadyForProposal;
import io.salespipeline.prospect.messaging.LeadQualifiedData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Prospect use cases: each one transaction in which the prospect changes and its event is stored. */
@ApplicationScoped
public class Prospects {

    private static final Logger LOG = Logger.getLogger(Prospects.class);

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    @Inject
    Visibility visibility;

    /**
     * Opens the prospect of a qualified lead, once per deal: a second event for the same deal
     * (a re-publication under a new id) is treated as already done. Joins the inbox transaction.
     */
    @Transactional
    public Optional<Prospect> openFrom(InboundEvent event, LeadQualifiedData data) {
        UUID dealId = event.dealId();
        if (Prospect.count("dealId", dealId) > 0) {
            LOG.infof("Deal %s already has a prospect; event %s changes nothing", dealId, event.id());
            return Optional.empty();
        }
        Prospect prospect = Prospect.open(dealId, data.leadId(), contact(data), source(data),
                qualification(data), actor.name(), Instant.now());
        prospect.assignOwner(data.owner(), Instant.now());
        prospect.persist();
        return Optional.of(prospect);
    }

    @Transactional
    public Interaction recordInteraction(UUID id, InteractionType type, Instant occurredAt, String outcome,
            String nextStep, LocalDate followUpOn, InterestLevel interestLevel) {
        Interaction interaction = get(id).recordInteraction(type, occurredAt, outcome, nextStep, followUpOn,
                interestLevel, actor.name(), Instant.now());
        interaction.persist();
        return interaction;
    }

    @Transactional
    public Prospect describe(UUID id, Profile profile, Procurement procurement) {
        Prospect prospect = get(id);
        prospect.describe(profile, procurement, actor.name(), Instant.now());
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
        ProspectReadyForProposal ready = prospect.markReady(Instant.now());
        outbox.publish(ProspectReadyForProposal.TOPIC, ProspectReadyForProposal.TYPE, ready.dealId(), ready);
        return prospect;
    }

    @Transactional
    public Prospect lose(UUID id, String reason) {
        Prospect prospect = get(id);
        DealLost lost = prospect.lose(reason, Instant.now());
        outbox.publish(DealLost.TOPIC, DealLost.TYPE, lost.dealId(), lost);
        return prospect;
    }

    /** The prospect if the caller may see it (owner, shared with them, or a sales manager); otherwise 404. */
    public Prospect get(UUID id) {
        Prospect prospect = Prospect.<Prospect>findByIdOptional(id)
                .orElseThrow(() -> new RecordNotFoundException("prospect", id));
        visibility.check("prospect", id, prospect.owner(), prospect.sharedWith());
        return prospect;
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

    /** Keyset page in id (creation) order; see Keyset. */
    public List<Prospect> list(UUID dealId, ProspectStatus status, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("status", status)
                .visibleTo(visibility.restrictedTo());
        return keyset.fetch(Prospect.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }

    private static Contact contact(LeadQualifiedData data) {
        LeadQualifiedData.Contact c = data.contact();
        if (c == null) {
            throw new InvalidInputException("contact", "is required");
        }
        return new Contact(c.name(), c.email(), c.phone(), c.company(), c.jobTitle(), c.country());
    }

    private static Source source(LeadQualifiedData data) {
        return data.source() == null ? null : new Source(data.source().kind(), data.source().detail());
    }

    private static Qualification qualification(LeadQualifiedData data) {
        LeadQualifiedData.Assessment a = data.assessment();
        LeadQualifiedData.Interest i = data.interest();
        return new Qualification(
                a == null ? null : new Qualification.Assessment(a.reasons(), a.assessedBy(), a.assessedAt()),
                i == null ? null : new Qualification.Interest(i.channel(), i.topics(), i.expressedAt()),
                data.qualifiedAt());
    }
}
