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

/** Computes {@link StageFigures} in SQL (PostgreSQL percentile_cont) from the stage ledger. */
@ApplicationScoped
public class StageMetrics {

    static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    @Inject
    EntityManager entityManager;

    @Inject
    StageLedger ledger;

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
        long entered = count(row[0]);
        long forward = count(row[1]);
        String rate = entered == 0 ? null
                : BigDecimal.valueOf(forward).divide(BigDecimal.valueOf(entered), 4, RoundingMode.HALF_EVEN).toPlainString();
        return new StageFigures(ledger.stage().name(), start, end, entered, forward, count(row[2]), count(row[3]),
                count(row[4]), count(row[5]), rate, new StageFigures.TimeInStage(count(row[6]),
                        duration(row[7]), duration(row[8]), seconds(row[7]), seconds(row[8])));
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
