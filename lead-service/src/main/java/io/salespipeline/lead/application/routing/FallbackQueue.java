package io.salespipeline.lead.application.routing;

import io.salespipeline.lead.application.search.LeadSorts;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.RoutingOutcome;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The leads routing gave to nobody (no rule matched, or the team was away or full) and no sales
 * manager has assigned yet, oldest first; assigning one takes it out of the queue.
 */
@ApplicationScoped
public class FallbackQueue {

    public List<Lead> page(PageRequest page) {
        Keyset keyset = Keyset.sorted(page, LeadSorts.OLDEST)
                .where("owner is null and routing.outcome = :outcome", "outcome", RoutingOutcome.FALLBACK);
        return keyset.fetch(Lead.find(keyset.orderedQuery(), keyset.parameters()));
    }
}
