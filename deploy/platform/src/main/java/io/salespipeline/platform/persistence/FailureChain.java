package io.salespipeline.platform.persistence;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Searches a failure's whole chain: frameworks wrap the driver's or Hibernate's exception
 * (Hibernate, the transaction manager, Quarkus), the transaction manager adds a failed commit's
 * reason as a suppressed exception, and the driver chains further ones as next exceptions.
 */
final class FailureChain {

    /** More links than any real chain has: a cycle or a pathological chain ends the search. */
    private static final int MOST_LINKS = 64;

    private FailureChain() {
    }

    static boolean any(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty() && seen.size() < MOST_LINKS) {
            Throwable link = pending.poll();
            if (!seen.add(link)) {
                continue;
            }
            if (test.test(link)) {
                return true;
            }
            if (link.getCause() != null) {
                pending.add(link.getCause());
            }
            Collections.addAll(pending, link.getSuppressed());
            if (link instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
        }
        return false;
    }
}
