package io.salespipeline.lead.application.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs an intake step in its own transaction and, when a concurrent request stored the same
 * person (or the same idempotency key) first and a unique index refused ours, runs it once more:
 * the second attempt finds what the other request stored and answers from it. This is how
 * concurrent submissions of one person end as one lead without a lock.
 */
public final class SamePersonRace {

    private static final int ATTEMPTS = 3;
    private static final String UNIQUE_VIOLATION = "23505";

    private SamePersonRace() {
    }

    public static <T> T inTransaction(Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(step::get);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isLostRace(e)) {
                    throw e;
                }
            }
        }
    }

    /** A unique index refused our row, or a version check refused our change: a concurrent twin won. */
    static boolean isLostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            // Two merges into one lead at once: the later one's version check fails; run it again.
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
