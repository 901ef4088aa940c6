package io.salespipeline.lead.application.routing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.salespipeline.lead.domain.Arrival;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.RoutingBoard;
import io.salespipeline.lead.domain.RoutingDecision;
import io.salespipeline.lead.domain.RoutingPolicy;
import io.salespipeline.lead.domain.RoutingRule;
import io.salespipeline.lead.domain.RoutingWay;
import io.salespipeline.lead.events.LeadAssigned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Routes new leads that wait for it (web forms, API keys, imports) by the rules in force. The
 * rules' rows are locked first ({@code for update}, in their order), so concurrent routings take
 * turns one after the other and each reads the turns, absences and open-lead counts the previous
 * one committed: round robin stays fair and capacity holds under concurrent arrivals.
 */
@ApplicationScoped
public class LeadRouter {

    private static final Logger LOG = Logger.getLogger(LeadRouter.class);
    private static final int SWEEP_BATCH = 500;

    @Inject
    EntityManager entityManager;

    @Inject
    LeadAssignments assignments;

    @Inject
    RoutingTerritories territories;

    /** Routes those of {@code leads} that wait for routing, in the caller's transaction, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, RoutingDecision> route(Collection<Lead> leads) {
        List<Lead> waiting = leads.stream().filter(lead -> lead.routing().awaiting())
                .sorted(Comparator.comparing(Lead::createdAt).thenComparing(Lead::id)).toList();
        Map<UUID, RoutingDecision> decided = new HashMap<>();
        if (waiting.isEmpty()) {
            return decided;
        }
        List<RoutingRule> rules = entityManager
                .createQuery("from RoutingRule order by position, createdAt, id", RoutingRule.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        RoutingBoard board = board(rules);
        RoutingPolicy policy = new RoutingPolicy(rules, territories.current());
        Instant now = Instant.now();
        for (Lead lead : waiting) {
            String country = lead.contact() == null ? null : lead.contact().country();
            RoutingDecision decision = policy.route(new Arrival(lead.routing().way(), lead.routing().ref(), country), board);
            lead.route(decision, now);
            assignments.published(lead, null, LeadAssigned.BY_ROUTING, now);
            decided.put(lead.id(), decision);
        }
        Map<UUID, String> turns = board.turns();
        for (RoutingRule rule : rules) {
            String last = turns.get(rule.id());
            if (last != null) {
                entityManager.createNativeQuery("update lead_routing_rule set last_assigned = ?1 where id = ?2")
                        .setParameter(1, last).setParameter(2, rule.id()).executeUpdate();
            }
        }
        return decided;
    }

    /**
     * Routes the stored leads among {@code ids} that still wait, in a transaction of its own (after
     * a group commit or an import batch); a lead another routing holds is left to it.
     */
    public Map<UUID, RoutingDecision> routeStored(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> route(entityManager
                .createQuery("from Lead where id in :ids and routing.way is not null and routing.outcome is null",
                        Lead.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // skip locked
                .getResultList()));
    }

    /** Routes the waiting leads that came in one way (e.g. one import), a batch at a time; answers how many. */
    public int routeWaitingFrom(RoutingWay way, String ref) {
        int routed = 0;
        while (true) {
            List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("select id from lead where routing_way = ?1 and routing_ref = ?2 "
                            + "and routing_outcome is null order by created_at, id limit " + SWEEP_BATCH, UUID.class)
                    .setParameter(1, way.name()).setParameter(2, ref).getResultList());
            int now = waiting.isEmpty() ? 0 : routeStored(waiting).size();
            if (now == 0) {
                return routed;
            }
            routed += now;
        }
    }

    /** Every lead still waiting (stored, then the service stopped before routing it) is routed, a batch at a time. */
    @Scheduled(every = "${sales.lead-routing.sweep-every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            for (int round = 0; round < 100; round++) {
                List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> entityManager
                        .createNativeQuery("select id from lead where routing_way is not null and routing_outcome is null "
                                + "and created_at < now() - interval '5 seconds' order by created_at, id limit "
                                + SWEEP_BATCH, UUID.class)
                        .getResultList());
                if (waiting.isEmpty() || routeStored(waiting).isEmpty()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Leads waiting for routing could not be routed now; the next sweep tries again");
        }
    }

    /** Absences, open-lead counts (only for rules with a capacity) and turns, read under the rules' lock. */
    @SuppressWarnings("unchecked")
    private RoutingBoard board(List<RoutingRule> rules) {
        Set<String> sellers = new HashSet<>();
        Set<String> capped = new HashSet<>();
        rules.forEach(rule -> {
            sellers.addAll(rule.sellers());
            if (rule.maxOpenLeads() != null) {
                capped.addAll(rule.sellers());
            }
        });
        Set<String> away = sellers.isEmpty() ? Set.of() : new HashSet<>(entityManager
                .createNativeQuery("select subject from seller_availability where away and subject in (?1)", String.class)
                .setParameter(1, sellers).getResultList());
        Map<String, Long> open = new HashMap<>();
        if (!capped.isEmpty()) {
            List<Object[]> counts = entityManager.createNativeQuery("select owner, count(*) from lead "
                    + "where status in ('NEW', 'CONTACTED') and erased_at is null and owner in (?1) group by owner")
                    .setParameter(1, capped).getResultList();
            counts.forEach(row -> open.put((String) row[0], ((Number) row[1]).longValue()));
        }
        Map<UUID, String> last = new HashMap<>();
        if (!rules.isEmpty()) {
            List<Object[]> rows = entityManager.createNativeQuery(
                    "select id, last_assigned from lead_routing_rule where last_assigned is not null").getResultList();
            rows.forEach(row -> last.put((UUID) row[0], Objects.toString(row[1])));
        }
        return new RoutingBoard(away, open, last);
    }
}
