package io.salespipeline.platform.inbox;

import java.time.Instant;

/**
 * An event that failed for good: its last failure (the cause), how many times it was tried and
 * when it first failed. The dead-letter strategy writes these on the dead letter and passes the
 * cause on as the reason, so the connector's own headers name the real failure.
 */
public class EventFailedException extends RuntimeException {

    private final int attempts;
    private final Instant firstFailureAt;

    public EventFailedException(Throwable lastFailure, int attempts, Instant firstFailureAt) {
        super(lastFailure.getMessage(), lastFailure, false, false);
        this.attempts = attempts;
        this.firstFailureAt = firstFailureAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant firstFailureAt() {
        return firstFailureAt;
    }
}
