package io.salespipeline.lead.application;

import io.salespipeline.lead.domain.Lead;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.stage.DealWon;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Deals won at the contract stage (sales.deal.closed): the lead that started the deal becomes WON
 * with the closing time and the first order's value. A deal this service never started is
 * ignored; a repeat, or a deal already marked lost, changes nothing. Joins the inbox transaction.
 */
@ApplicationScoped
public class WonDeals {

    private static final Logger LOG = Logger.getLogger(WonDeals.class);

    @Transactional
    public Optional<Lead> markWon(InboundEvent event, DealWon won) {
        Optional<Lead> found = Lead.<Lead>find("dealId", event.dealId()).firstResultOptional();
        if (found.isEmpty()) {
            LOG.infof("No lead for deal %s; closing event %s ignored", event.dealId(), event.id());
            return Optional.empty();
        }
        Lead lead = found.get();
        if (!lead.markWon(won.closedAt(), won.value(), Instant.now())) {
            LOG.infof("Lead %s of deal %s is already %s%s; closing event %s changes nothing", lead.id(),
                    event.dealId(), lead.status(), lead.dealLoss() == null ? "" : " (deal lost)", event.id());
        }
        return found;
    }
}
