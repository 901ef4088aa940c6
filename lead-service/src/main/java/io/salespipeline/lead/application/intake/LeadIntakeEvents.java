package io.salespipeline.lead.application.intake;

import io.salespipeline.lead.application.CallerPrincipal;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadSource;
import io.salespipeline.lead.events.LeadCreated;
import io.salespipeline.lead.events.LeadMerged;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.outbox.OutboxBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What intake tells the wire: LeadCreated for every new lead, by any path, and LeadMerged for an
 * arrival kept on a person's existing lead; both keyed by the leadId (no deal yet). In the JTA
 * transaction through the Outbox, or prepared for a batch a writer stores on its own connection.
 */
@ApplicationScoped
public class LeadIntakeEvents {

    @Inject
    Outbox outbox;

    @Inject
    OutboxBatch batch;

    @Inject
    CallerPrincipal principal;

    /** How the caller brings a lead through the REST API: a person (API) or an API key (INTEGRATION). Request thread only. */
    public LeadCreated.Intake callerIntake() {
        return principal.key().startsWith(CallerPrincipal.API_KEY_PREFIX) ? LeadCreated.Intake.INTEGRATION : LeadCreated.Intake.API;
    }

    /** In the transaction that stores the lead. */
    public void created(Lead lead, LeadCreated.Intake intake) {
        outbox.publishKeyed(LeadCreated.TOPIC, LeadCreated.TYPE, lead.id().toString(), of(lead, intake));
    }

    /** For a writer that stores the lead with its own SQL; {@code actor}: who creates it. */
    public OutboxBatch.Prepared prepareCreated(Lead lead, LeadCreated.Intake intake, String actor) {
        return batch.prepare(LeadCreated.TOPIC, LeadCreated.TYPE, lead.id().toString(), of(lead, intake), actor);
    }

    /** In the transaction that keeps the arrival on the existing lead. */
    public void merged(Lead lead, LeadSource arrival, String matchedOn) {
        outbox.publishKeyed(LeadMerged.TOPIC, LeadMerged.TYPE, lead.id().toString(),
                new LeadMerged(lead.id(), lead.dealId(), arrival.id(), matchedOn, arrival.source().kind().name(),
                        arrival.receivedBy(), arrival.receivedAt(), lead.accountId()));
    }

    static LeadCreated of(Lead lead, LeadCreated.Intake intake) {
        return new LeadCreated(lead.id(), intake.name(), lead.sourceKind().name(), lead.owner(), lead.createdBy(),
                lead.createdAt());
    }
}
