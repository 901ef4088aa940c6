package io.salespipeline.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

class ConcurrentChangeRetryTest {

    @Test
    void aUseCaseThatLostARaceOnAVersionRunsAgainAndAnswersWithItsSecondRun() throws Exception {
        Invocation invocation = new Invocation(List.of(
                () -> {
                    throw new OptimisticLockException("Row was updated or deleted by another transaction");
                },
                () -> "described"));
        assertEquals("described", retry(Status.STATUS_NO_TRANSACTION).retried(invocation.context()));
        assertEquals(2, invocation.runs);
    }

    @Test
    void aRaceFoundOnlyAtCommitInsideTheTransactionManagersRollbackIsRetriedToo() throws Exception {
        RollbackException atCommit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        atCommit.addSuppressed(new StaleObjectStateException("Prospect", "id"));
        Invocation invocation = new Invocation(List.of(() -> {
            throw new RuntimeException(atCommit);
        }, () -> "shared"));
        assertEquals("shared", retry(Status.STATUS_NO_TRANSACTION).retried(invocation.context()));
        assertEquals(2, invocation.runs);
    }

    @Test
    void afterItsLastAttemptTheRaceGoesOnToTheClient() {
        OptimisticLockException lost = new OptimisticLockException("changed meanwhile");
        Invocation invocation = new Invocation(java.util.Collections.nCopies(ConcurrentChangeRetry.ATTEMPTS + 1, () -> {
            throw lost;
        }));
        assertSame(lost, assertThrows(OptimisticLockException.class,
                () -> retry(Status.STATUS_NO_TRANSACTION).retried(invocation.context())));
        assertEquals(ConcurrentChangeRetry.ATTEMPTS, invocation.runs);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        Invocation invocation = new Invocation(List.of(() -> {
            throw new IllegalStateException("a sent proposal cannot take lines");
        }, () -> "never"));
        assertThrows(IllegalStateException.class, () -> retry(Status.STATUS_NO_TRANSACTION).retried(invocation.context()));
        assertEquals(1, invocation.runs);
    }

    @Test
    void insideACallersTransactionTheCallerDecides() {
        // A consumer's inbox transaction: running the use case again inside it would reuse a
        // transaction already marked for rollback.
        Invocation invocation = new Invocation(List.of(() -> {
            throw new OptimisticLockException("changed meanwhile");
        }, () -> "never"));
        assertThrows(OptimisticLockException.class, () -> retry(Status.STATUS_ACTIVE).retried(invocation.context()));
        assertEquals(1, invocation.runs);
    }

    private static ConcurrentChangeRetry retry(int status) {
        return new ConcurrentChangeRetry((TransactionManager) Proxy.newProxyInstance(
                ConcurrentChangeRetryTest.class.getClassLoader(), new Class<?>[] {TransactionManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getStatus")) {
                        return status;
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
    }

    /** A use case's runs, one outcome each, in order. */
    private static final class Invocation {
        private final Deque<Callable<Object>> outcomes;
        int runs;

        Invocation(List<Callable<Object>> outcomes) {
            this.outcomes = new ArrayDeque<>(outcomes);
        }

        InvocationContext context() throws NoSuchMethodException {
            var method = Object.class.getMethod("toString");
            return (InvocationContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {InvocationContext.class}, (proxy, called, args) -> switch (called.getName()) {
                        case "proceed" -> {
                            runs++;
                            yield outcomes.poll().call();
                        }
                        case "getMethod" -> method;
                        default -> throw new UnsupportedOperationException(called.getName());
                    });
        }
    }
}
