package io.salespipeline.lead.application.routing;

import io.salespipeline.lead.domain.RoutingRule;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Admin: the routing rules, in the order they are tried. Every change is audited (entity listener). */
@ApplicationScoped
@RetriedOnConcurrentChange
public class RoutingRules {

    /** Rules without a position given go after the last one, this far apart (room to put one in between). */
    static final int STEP = 10;

    @Inject
    RoutingTerritories territories;

    @Inject
    CurrentActor actor;

    @Transactional
    public RoutingRule define(RoutingRule.Settings settings) {
        RoutingRule rule = RoutingRule.define(settings, nextPosition(), territories.current(), actor.name(),
                Instant.now());
        rule.persist();
        return rule;
    }

    public List<RoutingRule> list() {
        return RoutingRule.list("order by position, createdAt, id");
    }

    public RoutingRule get(UUID id) {
        return RoutingRule.<RoutingRule>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("routing rule", id));
    }

    @Transactional
    public RoutingRule configure(UUID id, RoutingRule.Settings settings) {
        RoutingRule rule = get(id);
        rule.configure(settings, rule.position(), territories.current(), Instant.now());
        return rule;
    }

    /** Leads it routed keep its name and id. */
    @Transactional
    public void delete(UUID id) {
        get(id).delete();
    }

    private int nextPosition() {
        Integer last = RoutingRule.getEntityManager()
                .createQuery("select max(position) from RoutingRule", Integer.class).getSingleResult();
        return last == null ? STEP : Math.min(last + STEP, 1_000_000);
    }
}
