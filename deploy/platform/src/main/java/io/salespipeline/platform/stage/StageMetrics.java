package io.salespipeline.platform.stage;

import io.salespipeline.platform.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Computes {@link StageFigures} in SQL (PostgreSQL percentile_cont) from the stage ledger. A stage
 * that learns of its deals' wins names the table of its records ({@code sales.stage.won-records}:
 * rows keyed by {@code id} = the ledger's record id, with {@code deal_won_at} from
 * {@link DealWonMark}); the figures then count them ({@code won}).
 */
@ApplicationScoped
public class StageMetrics {

    static final Duration DEFAULT_WINDOW = Duration.ofDays(30);
    private static final Pattern TABLE = Pattern.compile("[a-z_]{1,63}");

    @Inject
    EntityManager entityManager;

    @Inject
    StageLedger ledger;

    @ConfigProperty(name = "sales.stage.won-records")
    Optional<String> wonRecords;

    public StageFigures figures(Instant from, Instant to) {
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minus(DEFAULT_WINDOW) : from;
        if (!start.isBefore(end)) {
            throw new InvalidInputException("from", "must be before to");
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*),
                       count(*) filter (where outcome = 'FORWARD'),
                       count(*) filter (where outcome = 'LOST'),
                       count(*) filter (where outcome = 'RETURNED'),
                       count(*) filter (where outcome = 'ENDED'),
                       count(*) filter (where left_at is null),
                       count(left_at),
                       percentile_cont(0.5) within group (order by extract(epoch from left_at - entered_at))
                           filter (where left_at is not null),
                       percentile_cont(0.9) within group (order by extract(epoch from left_at - entered_at))
                           filter (where left_at is not null)
                from stage_record
                where stage = :stage and entered_at >= :from and entered_at < :to
                """)
                .setParameter("stage", ledger.stage().name())
                .setParameter("from", start.atOffset(ZoneOffset.UTC))
                .setParameter("to", end.atOffset(ZoneOffset.UTC))
                .getSingleResult();
        Long won = wonRecords.map(table -> won(table, start, end)).orElse(null);
        long entered = count(row[0]);
        long forward = count(row[1]);
        String rate = entered == 0 ? null
                : BigDecimal.valueOf(forward).divide(BigDecimal.valueOf(entered), 4, RoundingMode.HALF_EVEN).toPlainString();
        return new StageFigures(ledger.stage().name(), start, end, entered, forward, count(row[2]), count(row[3]),
                count(row[4]), count(row[5]), rate, new StageFigures.TimeInStage(count(row[6]),
                        duration(row[7]), duration(row[8]), seconds(row[7]), seconds(row[8])), won);
    }

    /** Of the records that entered in [from, to), those whose deal was won since. */
    private long won(String table, Instant from, Instant to) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalStateException("sales.stage.won-records must name a table, not '" + table + "'");
        }
        return count(entityManager.createNativeQuery("select count(*) from stage_record s join " + table
                + " r on r.id = s.record_id where s.stage = :stage and s.entered_at >= :from and s.entered_at < :to"
                + " and r.deal_won_at is not null")
                .setParameter("stage", ledger.stage().name())
                .setParameter("from", from.atOffset(ZoneOffset.UTC))
                .setParameter("to", to.atOffset(ZoneOffset.UTC))
                .getSingleResult());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static String seconds(Object value) {
        return value == null ? null
                : BigDecimal.valueOf(((Number) value).doubleValue()).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String duration(Object value) {
        return value == null ? null
                : Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000)).toString();
    }
}
