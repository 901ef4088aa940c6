package io.salespipeline.infra.supervision;

import java.time.Duration;

/**
 * How long a {@link Supervisor} waits before it restarts a child that died: {@code first}, then
 * twice as long after each death in a row, at most {@code max}. A child that stayed up for
 * {@code stableAfter} starts over at {@code first}: one crash a day never waits long.
 */
public record Backoff(Duration first, Duration max, Duration stableAfter) {

    /** 1 s, 2 s, 4 s, ... at most 30 s; reset after a minute up. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1));

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("Back-off needs 0 < first <= max, not " + first + ", " + max);
        }
    }

    /** The wait before restart number {@code deathsInARow} (1 = the first death since it was stable). */
    public Duration delay(int deathsInARow) {
        Duration delay = first;
        for (int i = 1; i < deathsInARow && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
