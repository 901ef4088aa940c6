package io.salespipeline.proposal.application;

import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.stage.DealWon;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Deals won at the contract stage (sales.deal.closed): the deal's accepted proposal keeps when it
 * closed and its first order's value, which the pipeline-value report counts as won revenue. A
 * deal without an accepted proposal here is ignored; a repeat or a deal already lost changes
 * nothing. Joins the inbox transaction.
 */
@ApplicationScoped
public class WonDeals {

    private static final Logger LOG = Logger.getLogger(WonDeals.class);

    @Transactional
    public Optional<Proposal> markWon(InboundEvent event, DealWon won) {
        Optional<Proposal> accepted = Proposal.<Proposal>find("dealId = ?1 and status = ?2", event.dealId(),
                ProposalStatus.ACCEPTED).firstResultOptional();
        if (accepted.isEmpty()) {
            LOG.infof("No accepted proposal for deal %s; closing event %s ignored", event.dealId(), event.id());
        } else if (!accepted.get().dealWon(won.closedAt(), won.value(), Instant.now())) {
            LOG.infof("Proposal %s of deal %s is already won or lost; closing event %s changes nothing",
                    accepted.get().id(), event.dealId(), event.id());
        }
        return accepted;
    }
}
