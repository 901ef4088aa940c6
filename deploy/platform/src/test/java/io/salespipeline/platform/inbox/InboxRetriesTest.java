package io.salespipeline.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.privacy.PersonKeyMissingException;
import io.smallrye.mutiny.Uni;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class InboxRetriesTest {

    private static final RuntimeException DATABASE_DOWN = new GenericJDBCException("Unable to acquire JDBC Connection",
            new SQLException("Connection to localhost:5432 refused.", "08001"));
    private static final RuntimeException LOCK_TIMEOUT = new IllegalStateException("lock not available");

    private enum State { READY }

    private final Inbox inbox = new Inbox();
    private final AtomicInteger attempts = new AtomicInteger();

    InboxRetriesTest() {
        inbox.settings = new InboxSettings() {
            @Override
            public int retries() {
                return 3;
            }

            @Override
            public Duration firstBackOff() {
                return Duration.ofMillis(1);
            }

            @Override
            public Duration outageBackOff() {
                return Duration.ofMillis(5);
            }

            @Override
            public Duration keyWait() {
                return Duration.ofSeconds(3);
            }
        };
    }

    /** An attempt that fails with the given failures in turn, then succeeds. */
    private Uni<Boolean> attemptFailing(List<RuntimeException> failures) {
        Deque<RuntimeException> pending = new ArrayDeque<>(failures);
        return Uni.createFrom().item(() -> {
            attempts.incrementAndGet();
            RuntimeException next = pending.poll();
            if (next != null) {
                throw next;
            }
            return true;
        });
    }

    private boolean run(Uni<Boolean> attempt) {
        return inbox.retried(attempt).await().atMost(Duration.ofSeconds(30));
    }

    @Test
    void anEventWaitsForTheDatabaseHoweverManyTriesItTakes() {
        List<RuntimeException> outage = java.util.Collections.nCopies(40, DATABASE_DOWN);
        assertEquals(true, run(attemptFailing(outage)));
        assertEquals(41, attempts.get());
    }

    @Test
    void anotherFailureThatMayPassKeepsItsBoundedRetries() {
        assertThrows(IllegalStateException.class,
                () -> run(attemptFailing(java.util.Collections.nCopies(10, LOCK_TIMEOUT))));
        assertEquals(4, attempts.get());
    }

    @Test
    void anOutageDoesNotSpendTheRetriesOfOtherFailures() {
        List<RuntimeException> failures = new java.util.ArrayList<>(java.util.Collections.nCopies(10, DATABASE_DOWN));
        failures.addAll(List.of(LOCK_TIMEOUT, LOCK_TIMEOUT, LOCK_TIMEOUT));
        failures.addAll(java.util.Collections.nCopies(5, DATABASE_DOWN));
        assertEquals(true, run(attemptFailing(failures)));
        assertEquals(19, attempts.get());
    }

    @Test
    void poisonFailsAtOnce() {
        List<RuntimeException> poisons = List.of(new MalformedEventException("not readable"),
                new InconsistentEventException("totals disagree"),
                new IllegalTransitionException("Prospect", State.READY, "describe", "not now"));
        for (RuntimeException poison : poisons) {
            attempts.set(0);
            assertThrows(poison.getClass(), () -> run(attemptFailing(List.of(poison))));
            assertEquals(1, attempts.get(), poison.getClass().getSimpleName());
        }
    }

    @Test
    void anEventWaitsForAPersonsKeyThatIsOnItsWayForTheKeyWaitThenGoesThrough() {
        RuntimeException keyMissing = new PersonKeyMissingException(java.util.UUID.randomUUID());
        assertEquals(true, run(attemptFailing(java.util.Collections.nCopies(6, keyMissing))));
        assertEquals(7, attempts.get());
    }

    @Test
    void aKeyThatNeverComesParksTheEventOnceTheKeyWaitIsOver() {
        RuntimeException keyMissing = new PersonKeyMissingException(java.util.UUID.randomUUID());
        long start = System.nanoTime();
        assertThrows(PersonKeyMissingException.class,
                () -> run(attemptFailing(java.util.Collections.nCopies(100_000, keyMissing))));
        // Tried again for the key wait (3 s here), then the usual few retries: never for ever.
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(25)) < 0);
        assertTrue(attempts.get() > 4, "tried " + attempts.get() + " times");
    }
}
