package io.salespipeline.lead.application.restrictions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.TradeRestrictionList;
import io.salespipeline.platform.restriction.BlockedDeal;
import io.salespipeline.platform.restriction.TradeRestrictedException;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Screens a lead about to qualify against the trade restrictions. A blocked qualification is
 * recorded (in its own transaction, so it stays) for sales managers, and refused: the caller's
 * transaction rolls back, so the lead stays as it was and no deal starts.
 */
@ApplicationScoped
public class DealScreening {

    private static final Logger LOG = Logger.getLogger(DealScreening.class);

    @Inject
    CurrentActor actor;

    public void screen(Lead lead) {
        Contact contact = lead.contact();
        if (contact == null) {
            return; // an erased lead cannot qualify anyway
        }
        List<String> reasons = TradeRestrictionList.current().restrictions()
                .reasonsToBlock(contact.company(), contact.email(), contact.country());
        if (reasons.isEmpty()) {
            return;
        }
        String who = actor.name();
        QuarkusTransaction.requiringNew().run(() -> BlockedDeal.of(Stage.LEAD, lead.id(), null, contact.company(), contact.country(),
                reasons, who, Instant.now()).persist());
        LOG.infof("Qualification of lead %s blocked by the trade restrictions: %s", lead.id(), reasons);
        throw new TradeRestrictedException("qualification", null, reasons);
    }
}
