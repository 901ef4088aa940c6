package io.salespipeline.platform.inbox;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** The failed attempts at one event: counted as they happen, so the final failure can say how many and since when. */
final class FailedAttempts {

    private final AtomicInteger count = new AtomicInteger();
    private final AtomicReference<Instant> first = new AtomicReference<>();

    void failed(Throwable failure) {
        count.incrementAndGet();
        first.compareAndSet(null, Instant.now());
    }

    /** The final failure, carrying the attempts (at least this one) and the first failure's time. */
    EventFailedException spent(Throwable failure) {
        if (failure instanceof EventFailedException already) {
            return already;
        }
        Instant firstFailure = first.get();
        return new EventFailedException(failure, Math.max(1, count.get()),
                firstFailure == null ? Instant.now() : firstFailure);
    }
}
