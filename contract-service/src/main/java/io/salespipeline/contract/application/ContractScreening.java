package io.salespipeline.contract.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.Party;
import io.salespipeline.contract.domain.TradeRestrictionCopy;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.restriction.BlockedDeal;
import io.salespipeline.platform.restriction.TradeRestrictedException;
import io.salespipeline.platform.restriction.TradeRestrictions;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The trade restrictions at the contract stage: this service's copy of lead-service's lists,
 * checked again before a contract is sent (the lists may have changed since the lead qualified).
 * A blocked sending is recorded (own transaction, so it stays) and refused; the caller's
 * transaction rolls back and the contract stays as it was.
 */
@ApplicationScoped
public class ContractScreening {

    private static final Logger LOG = Logger.getLogger(ContractScreening.class);

    @Inject
    CurrentActor actor;

    /** lead-service's lists after a change: a newer revision replaces the copy; joins the inbox transaction. */
    @Transactional
    public boolean takeLists(InboundEvent event, long revision, TradeRestrictions lists, Instant changedAt) {
        TradeRestrictionCopy copy = TradeRestrictionCopy.<TradeRestrictionCopy>findByIdOptional(TradeRestrictionCopy.ID)
                .orElse(null);
        boolean stored = copy != null;
        if (!stored) {
            copy = TradeRestrictionCopy.empty();
        }
        if (!copy.replace(revision, lists, changedAt, Instant.now())) {
            LOG.infof("Trade restrictions revision %d (event %s) is not newer than the copy's %d; ignored",
                    revision, event.id(), copy.revision());
            return false;
        }
        if (!stored) {
            copy.persist();
        }
        return true;
    }

    public void screen(Contract contract) {
        Party customer = contract.customer();
        List<String> reasons = TradeRestrictionCopy.current().restrictions()
                .reasonsToBlock(customer.company(), customer.contactEmail(), customer.country());
        if (reasons.isEmpty()) {
            return;
        }
        String who = actor.name();
        QuarkusTransaction.requiringNew().run(() -> BlockedDeal.of(Stage.CONTRACT, contract.id(), contract.dealId(),
                customer.company(), customer.country(), reasons, who, Instant.now()).persist());
        LOG.infof("Sending of contract %s (deal %s) blocked by the trade restrictions: %s", contract.id(),
                contract.dealId(), reasons);
        throw new TradeRestrictedException("contract sending", contract.dealId(), reasons);
    }

    /** The sendings the lists blocked, oldest first (keyset paginated). */
    public List<BlockedDeal> blocked(PageRequest page) {
        Keyset keyset = Keyset.after(page);
        return keyset.fetch(BlockedDeal.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }
}
