package io.salespipeline.platform.stage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stage timestamps the funnel is computed from: when a record entered this service's stage
 * ({@code sales.stage}) and when and how it left. Written in the caller's transaction; the
 * Prometheus meters ({@code sales_stage_entered_total}, {@code sales_stage_left_total},
 * {@code sales_stage_duration_seconds}) count only what committed.
 */
@ApplicationScoped
public class StageLedger {

    static final String ENTERED = "sales.stage.entered";
    static final String LEFT = "sales.stage.left";
    static final String DURATION = "sales.stage.duration";

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "sales.stage")
    Stage stage;

    /** Makes every series visible from the start (at zero), so a dashboard never misses one. */
    void registerMeters(@Observes StartupEvent start) {
        entered();
        for (StageOutcome outcome : StageOutcome.values()) {
            left(outcome);
            duration(outcome);
        }
    }

    public Stage stage() {
        return stage;
    }

    /** A record entered the stage; entering twice changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void entered(UUID recordId, UUID dealId, Instant at) {
        // A lead has no deal yet: its row names none rather than an invented one.
        var insert = entityManager.createNativeQuery("insert into stage_record (record_id, stage, entered_at"
                + (dealId == null ? "" : ", deal_id") + ") values (:id, :stage, :at"
                + (dealId == null ? "" : ", :deal") + ") on conflict (record_id) do nothing")
                .setParameter("id", recordId).setParameter("stage", stage.name()).setParameter("at", utc(at));
        if (dealId != null) {
            insert.setParameter("deal", dealId);
        }
        int inserted = insert.executeUpdate();
        if (inserted > 0) {
            afterCommit(() -> entered().increment());
        }
    }

    /**
     * The record left the stage. Its latest exit is what counts (a returned proposal's prospect
     * that becomes ready again leaves forward again); the same exit twice changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void left(UUID recordId, UUID dealId, StageOutcome outcome, String reason, Instant at) {
        String sql = "update stage_record set left_at = :at, outcome = :outcome, reason = :reason"
                + (dealId == null ? "" : ", deal_id = :deal")
                + " where record_id = :id and outcome is distinct from :outcome returning entered_at";
        var query = entityManager.createNativeQuery(sql)
                .setParameter("at", utc(at)).setParameter("outcome", outcome.name())
                .setParameter("reason", reason == null ? "" : reason).setParameter("id", recordId);
        if (dealId != null) {
            query.setParameter("deal", dealId);
        }
        @SuppressWarnings("unchecked")
        List<Object> entered = query.getResultList();
        if (!entered.isEmpty()) {
            Duration inStage = Duration.between(instant(entered.get(0)), at);
            afterCommit(() -> {
                left(outcome).increment();
                duration(outcome).record(inStage.isNegative() ? Duration.ZERO : inStage);
            });
        }
    }

    /** A record a batch writer stored: it entered the stage at {@code at}; dealId null when it has none yet. */
    public record Entered(UUID recordId, UUID dealId, Instant at) {
    }

    private static final String ENTERED_ALL = """
            insert into stage_record (record_id, stage, deal_id, entered_at)
            select r.id, ?, r.deal, r.at from unnest(?::uuid[], ?::uuid[], ?::timestamptz[]) as r(id, deal, at)
            on conflict (record_id) do nothing""";

    /**
     * {@link #entered} for a batch stored with its own SQL on a plain connection, in the caller's
     * transaction there (the caller commits): one statement; a record that entered before is left
     * as it was. Answers how many entered now: count them with {@link #countEntered} once committed.
     */
    public long enteredAll(Connection connection, Collection<Entered> records) throws SQLException {
        if (records.isEmpty()) {
            return 0;
        }
        List<Entered> rows = List.copyOf(records);
        Object[] ids = new Object[rows.size()];
        Object[] deals = new Object[rows.size()];
        Object[] times = new Object[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ids[i] = rows.get(i).recordId();
            deals[i] = rows.get(i).dealId();
            // ISO-8601 text, cast by PostgreSQL: no session time zone between.
            times[i] = rows.get(i).at().toString();
        }
        try (PreparedStatement insert = connection.prepareStatement(ENTERED_ALL)) {
            insert.setString(1, stage.name());
            insert.setArray(2, connection.createArrayOf("uuid", ids));
            insert.setArray(3, connection.createArrayOf("uuid", deals));
            insert.setArray(4, connection.createArrayOf("text", times));
            return insert.executeUpdate();
        }
    }

    /**
     * Records a batch writer put into stage_record with its own SQL entered the stage: call after
     * that batch committed, with the number of rows it inserted.
     */
    public void countEntered(long records) {
        entered().increment(records);
    }

    private Counter entered() {
        return Counter.builder(ENTERED).description("Records that entered the stage")
                .tag("stage", stage.name()).register(meters);
    }

    private Counter left(StageOutcome outcome) {
        return Counter.builder(LEFT).description("Records that left the stage, by outcome")
                .tag("stage", stage.name()).tag("outcome", outcome.name()).register(meters);
    }

    private Timer duration(StageOutcome outcome) {
        return Timer.builder(DURATION).description("Time a record spent in the stage, by how it left")
                .tag("stage", stage.name()).tag("outcome", outcome.name())
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofSeconds(1))
                .maximumExpectedValue(Duration.ofDays(400)).register(meters);
    }

    private void afterCommit(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
