package io.salespipeline.platform.persistence;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/**
 * Tells a failure caused by another transaction changing the same record meanwhile (its
 * {@code @Version} moved on between read and write), wherever in the chain it is found: during the
 * work, or only at commit inside the transaction manager's rollback.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static boolean caused(Throwable failure) {
        return FailureChain.any(failure,
                link -> link instanceof OptimisticLockException || link instanceof StaleStateException);
    }
}
