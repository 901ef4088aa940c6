package io.salespipeline.platform.stall;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.arc.properties.StringValueMatch;
import io.quarkus.scheduler.Scheduled;
import io.salespipeline.platform.stage.StageLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Watches this stage's open records for deals without activity ({@link StallSettings}): lists them
 * as they are now, and on a schedule records each new stall in {@code deal_stall} and publishes it
 * ({@link StallEvents}) in the same transaction. The row's key is the record and its last activity,
 * and the insert skips a key already there ({@code on conflict do nothing}, which waits for a
 * concurrent insert of the same key to commit): with several replicas each stall is published once.
 */
@ApplicationScoped
@IfBuildProperty(name = "sales.stalled.table", stringValue = "[a-z_]{1,63}", match = StringValueMatch.REGEX)
public class StalledDeals {

    private static final Logger LOG = Logger.getLogger(StalledDeals.class);
    private static final Pattern TABLE = Pattern.compile("[a-z_]{1,63}");

    @Inject
    EntityManager entityManager;

    @Inject
    StallSettings settings;

    @Inject
    StageLedger ledger;

    @Inject
    StallEvents events;

    @Inject
    Clock clock;

    @Scheduled(identity = "stalled-deals", every = "${sales.stalled.check-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void watch() {
        int found = detect();
        if (found > 0) {
            LOG.infof("%d deal(s) stalled at stage %s", found, ledger.stage());
        }
    }

    /** Records and publishes the stalls not yet published, oldest silence first; answers how many. */
    @Transactional
    public int detect() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = withOpenStatuses(entityManager.createNativeQuery("""
                insert into deal_stall (record_id, last_activity_at, deal_id, status, owner, detected_at)
                select r.id, r.updated_at, r.deal_id, r.status, r.owner, :now from %s r
                where r.status in (:statuses) and r.updated_at < :cutoff and r.deal_id is not null
                  and not exists (select 1 from deal_stall s where s.record_id = r.id and s.last_activity_at = r.updated_at)
                order by r.updated_at, r.id
                limit :batch
                on conflict do nothing
                returning record_id, deal_id, status, owner, last_activity_at, detected_at
                """.formatted(table())), now)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("batch", settings.batchSize())
                .getResultList();
        rows.forEach(row -> events.publish(stall(row)));
        return rows.size();
    }

    /** The deals stalled now, oldest silence first; of one owner, or of everyone when {@code owner} is null. */
    public List<Stall> stalled(String owner, int limit) {
        Query query = withOpenStatuses(entityManager.createNativeQuery("""
                select r.id, r.deal_id, r.status, r.owner, r.updated_at, s.detected_at from %s r
                left join deal_stall s on s.record_id = r.id and s.last_activity_at = r.updated_at
                where r.status in (:statuses) and r.updated_at < :cutoff and r.deal_id is not null %s
                order by r.updated_at, r.id
                limit :limit
                """.formatted(table(), owner == null ? "" : "and r.owner = :owner")), clock.instant())
                .setParameter("limit", limit);
        if (owner != null) {
            query.setParameter("owner", owner);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(this::stall).toList();
    }

    private Query withOpenStatuses(Query query, Instant now) {
        List<String> statuses = settings.openStatuses().orElseThrow(
                () -> new IllegalStateException("sales.stalled.open-statuses must name the stage's open statuses"));
        return query.setParameter("statuses", statuses)
                .setParameter("cutoff", now.minus(Duration.ofDays(settings.afterDays())).atOffset(ZoneOffset.UTC));
    }

    private String table() {
        String table = settings.table().orElseThrow();
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalStateException("sales.stalled.table must name a table, not '" + table + "'");
        }
        return table;
    }

    private Stall stall(Object[] row) {
        return new Stall((UUID) row[0], (UUID) row[1], ledger.stage().name(), (String) row[2], (String) row[3],
                instant(row[4]), settings.afterDays(), instant(row[5]));
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a timestamp: " + value.getClass());
        };
    }
}
