package io.salespipeline.lead.application.routing;

import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.events.LeadAssigned;
import io.salespipeline.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Publishes LeadAssigned, in the transaction that gave the lead its seller. */
@ApplicationScoped
public class LeadAssignments {

    @Inject
    Outbox outbox;

    /** The lead now has the owner it was given (by routing or by hand); nothing when it has none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(Lead lead, String previousOwner, String by, Instant at) {
        if (lead.owner() == null) {
            return;
        }
        boolean routed = LeadAssigned.BY_ROUTING.equals(by);
        outbox.publishKeyed(LeadAssigned.TOPIC, LeadAssigned.TYPE, lead.id().toString(),
                new LeadAssigned(lead.id(), lead.dealId(), lead.owner(), previousOwner, by,
                        routed ? lead.routing().ruleId() : null, routed ? lead.routing().ruleName() : null,
                        lead.routing().way() == null ? null : lead.routing().way().name(), at));
    }
}
