package io.salespipeline.proposal.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The tests' clock (replaces the platform's UTC clock): real time, moved ahead on demand, so weeks pass at once. */
@Singleton
public class MovableClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    public void moveAhead(Duration by) {
        ahead = ahead.plus(by);
    }

    public void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }
}
