package io.salespipeline.lead.application.intake;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.salespipeline.lead.application.intake.NewLeadWriter.NewLead;
import io.salespipeline.lead.application.intake.NewLeadWriter.Outcome;
import io.salespipeline.platform.outbox.OutboxBatch;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.lead.application.routing.LeadRouter;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.RoutingDecision;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Group commit for new leads: requests that arrive together are written together, in one
 * statement and one transaction, by one of a few writer threads, and each request answers only after
 * that transaction committed. Under load a commit carries many leads, so the database does
 * a fraction of the per-lead work; alone, a request is written at once (no waiting for company).
 */
@ApplicationScoped
public class LeadIntakeQueue {

    private static final Logger LOG = Logger.getLogger(LeadIntakeQueue.class);

    private record Pending(NewLead lead, CompletableFuture<Optional<Outcome>> answer) {
    }

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private List<Thread> writers = List.of();

    @Inject
    LeadRouter router;

    @Inject
    DataSource dataSource;

    @Inject
    NewLeadWriter leads;

    @Inject
    StageLedger stages;

    @Inject
    OutboxBatch outbox;

    /**
     * One writer by default: while its commit waits for the WAL flush, the next group gathers,
     * so commits get fuller as load grows. A second writer halved the group size and cost
     * PostgreSQL and the service half as much again per lead (deploy/benchmarks/README.md).
     * Zero turns group commit off: every new lead is stored alone, the single way.
     */
    @Inject
    LeadIntakeConfig config;

    @Inject
    MeterRegistry meters;

    private DistributionSummary groups;

    void start(@Observes StartupEvent start) {
        // How many leads each commit carried: the group size says how much the database was spared.
        groups = DistributionSummary.builder("sales.lead.intake.group.size")
                .description("New leads written together in one commit").register(meters);
        running = config.writers() > 0;
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < config.writers(); i++) {
            started.add(Thread.ofPlatform().name("lead-intake-writer-" + i).daemon().start(this::writeUntilStopped));
        }
        writers = List.copyOf(started);
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        writers.forEach(Thread::interrupt);
    }

    /**
     * Stores the lead with the next group; the answer says what became of it, and is empty when
     * the group could not be written (the caller then takes the lead the single way, which
     * reports why). Nobody waits on a thread meanwhile: a request on an event loop is answered
     * on that event loop once the group committed.
     */
    public CompletionStage<Optional<Outcome>> submit(NewLead lead) {
        CompletableFuture<Optional<Outcome>> answer = new CompletableFuture<>();
        if (!running) {
            answer.complete(Optional.empty());
            return answer;
        }
        // A stalled database: the single way decides. Should the group still commit, that way
        // finds this very lead and answers 409 naming it: a misleading answer, but nothing is lost.
        answer.completeOnTimeout(Optional.empty(), 30, TimeUnit.SECONDS);
        queue.add(new Pending(lead, answer));
        Context caller = Vertx.currentContext();
        if (caller == null) {
            return answer;
        }
        // Back to the caller's event loop: the writer thread goes on with the next group at once.
        CompletableFuture<Optional<Outcome>> onCaller = new CompletableFuture<>();
        answer.thenAccept(outcome -> caller.runOnContext(ignored -> onCaller.complete(outcome)));
        return onCaller;
    }

    private void writeUntilStopped() {
        List<Pending> group = new ArrayList<>(config.batchSize());
        while (running) {
            try {
                group.add(queue.take());
                queue.drainTo(group, config.batchSize() - 1);
                write(group);
            } catch (InterruptedException e) {
                break;
            } finally {
                group.clear();
            }
        }
        // Stopping: nobody is left to write; those still queued take the single way.
        for (Pending left; (left = queue.poll()) != null; ) {
            left.answer().complete(Optional.empty());
        }
    }

    private void write(List<Pending> group) {
        List<NewLead> batch = group.stream().map(Pending::lead).toList();
        NewLeadWriter.Written written;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                written = leads.write(connection, batch);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            // Nothing of the group was stored: each request takes the single way, which answers for itself.
            LOG.warnf(e, "A group of %d new leads could not be written together; each is taken alone", group.size());
            group.forEach(pending -> pending.answer().complete(Optional.empty()));
            return;
        }
        stages.countEntered(written.entered());
        outbox.committed(written.events());
        groups.record(group.size());
        routeStored(batch, written);
        for (Pending pending : group) {
            pending.answer().complete(Optional.ofNullable(written.outcomes().get(pending.lead().lead().id())));
        }
    }

    /**
     * The stored leads that wait for the routing rules (from integrations) are routed now, before
     * their requests are answered, so each answer shows its owner. Should routing fail, the
     * leads stay stored and waiting: the router's sweep routes them.
     */
    private void routeStored(List<NewLead> batch, NewLeadWriter.Written written) {
        List<Lead> waiting = batch.stream().map(NewLead::lead)
                .filter(lead -> written.outcomes().get(lead.id()) instanceof NewLeadWriter.Stored)
                .filter(lead -> lead.routing().awaiting()).toList();
        if (waiting.isEmpty()) {
            return;
        }
        try {
            Map<UUID, RoutingDecision> decided = router.routeStored(waiting.stream().map(Lead::id).toList());
            Instant now = Instant.now();
            waiting.forEach(lead -> Optional.ofNullable(decided.get(lead.id())).ifPresent(d -> lead.route(d, now)));
        } catch (RuntimeException e) {
            LOG.warnf(e, "%d new leads could not be routed at once; the routing sweep takes them", waiting.size());
        }
    }
}
