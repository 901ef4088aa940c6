package io.salespipeline.prospect.application;

import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.stage.DealWon;
import io.salespipeline.prospect.domain.Prospect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Deals won at the contract stage (sales.deal.closed): the deal's prospect becomes WON with the
 * closing time and the first order's value. A deal with no prospect here is ignored; a repeat, or
 * a prospect already LOST, changes nothing. Joins the inbox transaction.
 */
@ApplicationScoped
public class WonDeals {

    private static final Logger LOG = Logger.getLogger(WonDeals.class);

    @Transactional
    public Optional<Prospect> markWon(InboundEvent event, DealWon won) {
        Optional<Prospect> found = Prospect.<Prospect>find("dealId", event.dealId()).firstResultOptional();
        if (found.isEmpty()) {
            LOG.infof("No prospect for deal %s; closing event %s ignored", event.dealId(), event.id());
            return Optional.empty();
        }
        Prospect prospect = found.get();
        if (!prospect.markWon(won.closedAt(), won.value(), Instant.now())) {
            LOG.infof("Prospect %s of deal %s is already %s; closing event %s changes nothing", prospect.id(),
                    event.dealId(), prospect.status(), event.id());
        }
        return found;
    }
}
