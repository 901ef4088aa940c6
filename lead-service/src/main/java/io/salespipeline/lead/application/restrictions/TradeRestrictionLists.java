package io.salespipeline.lead.application.restrictions;

import io.salespipeline.lead.domain.TradeRestrictionList;
import io.salespipeline.lead.events.TradeRestrictionsChanged;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.restriction.BlockedDeal;
import io.salespipeline.platform.restriction.TradeRestrictions;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The trade restriction lists, owned here: an admin replaces them (audited: recordId
 * trade-restrictions), and every change is published as TradeRestrictionsChanged for the services
 * that check a deal later (contract-service before sending a contract) to keep their copy.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class TradeRestrictionLists {

    @Inject
    CurrentActor actor;

    @Inject
    Outbox outbox;

    public TradeRestrictionList current() {
        return TradeRestrictionList.current();
    }

    @Transactional
    public TradeRestrictionList replace(TradeRestrictions restrictions) {
        TradeRestrictionList list = TradeRestrictionList.<TradeRestrictionList>findByIdOptional(TradeRestrictionList.ID)
                .orElse(null);
        boolean stored = list != null;
        if (!stored) {
            list = TradeRestrictionList.empty();
        }
        list.replace(restrictions, actor.name(), Instant.now());
        if (!stored) {
            list.persist();
        }
        outbox.publishKeyed(TradeRestrictionsChanged.TOPIC, TradeRestrictionsChanged.TYPE, TradeRestrictionsChanged.KEY,
                new TradeRestrictionsChanged(list.revision(), list.restrictedCountries(),
                        list.deniedParties().stream()
                                .map(p -> new TradeRestrictionsChanged.DeniedParty(p.name(), p.domain())).toList(),
                        list.updatedBy(), list.updatedAt()));
        return list;
    }

    /** The qualifications the lists blocked, oldest first (keyset paginated). */
    public List<BlockedDeal> blocked(PageRequest page) {
        Keyset keyset = Keyset.after(page);
        return keyset.fetch(BlockedDeal.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }
}
