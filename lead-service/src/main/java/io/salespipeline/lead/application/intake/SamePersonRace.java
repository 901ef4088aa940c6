package io.salespipeline.lead.application.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salespipeline.platform.persistence.ConcurrentChange;
import io.salespipeline.platform.persistence.UniqueViolation;
import java.util.function.Supplier;

/**
 * Runs an intake step in its own transaction and, when a concurrent request stored the same
 * person (or the same idempotency key) first and a unique index refused ours, runs it once more:
 * the second attempt finds what the other request stored and answers from it. This is how
 * concurrent submissions of one person end as one lead without a lock.
 */
public final class SamePersonRace {

    private static final int ATTEMPTS = 3;

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

    /** A unique index refused our row, or a version check refused our change (two merges into one lead): a concurrent twin won. */
    static boolean isLostRace(Throwable e) {
        return UniqueViolation.caused(e) || ConcurrentChange.caused(e);
    }
}
