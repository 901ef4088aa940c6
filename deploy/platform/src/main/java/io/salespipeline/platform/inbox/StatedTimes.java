package io.salespipeline.platform.inbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Checks the times an event states: a stage happened no later than now (allowing the publisher's
 * clock to run ahead of this one by {@link #SKEW}), and the facts of a deal in the order they
 * happen (signed before closed). A time in the future would be kept as if it were true (a deal
 * "closed" next year, an access change no later change could ever overrule), so such an event is
 * refused ({@link InconsistentEventException}, parked on the dead-letter topic with the field as
 * its reason).
 */
public final class StatedTimes {

    /** How far a publisher's clock may run ahead of this one before its times are not believed. */
    public static final Duration SKEW = Duration.ofMinutes(5);

    private StatedTimes() {
    }

    /** A time the event must state, no later than now. */
    public static Instant required(String field, Instant stated) {
        if (stated == null) {
            throw refused(field, "is missing");
        }
        return notInFuture(field, stated);
    }

    /** A time the event may leave out (null passes), but when stated no later than now. */
    public static Instant notInFuture(String field, Instant stated) {
        return notAfter(field, stated, Instant.now());
    }

    /** As {@link #notInFuture}, against the given now. */
    public static Instant notAfter(String field, Instant stated, Instant now) {
        if (stated != null && stated.isAfter(now.plus(SKEW))) {
            throw refused(field, "is " + stated + ", in the future (now " + now + ", clocks may differ by "
                    + SKEW.toMinutes() + " minutes)");
        }
        return stated;
    }

    /** Two facts in the order they happen: {@code earlier} not after {@code later} (either null passes). */
    public static void inOrder(String earlierField, Instant earlier, String laterField, Instant later) {
        if (earlier != null && later != null && earlier.isAfter(later)) {
            throw refused(earlierField, "is " + earlier + ", after " + laterField + " " + later);
        }
    }

    private static InconsistentEventException refused(String field, String reason) {
        return new InconsistentEventException("Inconsistent event refused: " + field + " " + reason);
    }
}
