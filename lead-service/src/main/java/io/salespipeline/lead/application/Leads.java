package io.salespipeline.lead.application;

import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.InterestChannel;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadStatus;
import io.salespipeline.lead.domain.SourceKind;
import io.salespipeline.lead.events.LeadQualified;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.stage.DealLossNotice;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.stage.StageOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
    StageLedger stages;

    @Transactional
    public Lead create(Contact contact, String notes, Map<String, String> attributes, SourceKind source,
            String sourceDetail) {
        Lead lead = Lead.create(contact, notes, attributes, source, sourceDetail, actor.name(), Instant.now());
        lead.persist();
        stages.entered(lead.id(), null, lead.createdAt());
        return lead;
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

    public Lead get(UUID id) {
        return Lead.<Lead>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("lead", id));
    }

    /** Keyset page in id (creation) order; see Keyset. */
    public List<Lead> list(UUID dealId, LeadStatus status, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("status", status);
        return keyset.fetch(Lead.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }

    /**
     * The deal this lead started was lost at a later stage (sales.deal.lost): the qualified lead
     * keeps the loss as its deal's outcome. A deal this service never started, or a lead that is
     * not qualified, is ignored; a repeated loss keeps the first. Joins the inbox transaction.
     */
    @Transactional
    public Optional<Lead> markDealLost(InboundEvent event, DealLossNotice loss) {
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
