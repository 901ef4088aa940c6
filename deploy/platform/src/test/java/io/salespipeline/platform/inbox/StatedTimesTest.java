package io.salespipeline.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatedTimesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void aTimeUpToTheClockSkewAheadPasses() {
        Instant ahead = NOW.plus(StatedTimes.SKEW);
        assertEquals(ahead, StatedTimes.notAfter("closedAt", ahead, NOW));
        assertEquals(NOW.minus(Duration.ofDays(400)), StatedTimes.notAfter("closedAt", NOW.minus(Duration.ofDays(400)), NOW));
        assertNull(StatedTimes.notAfter("closedAt", null, NOW));
    }

    @Test
    void aTimeFurtherInTheFutureIsRefusedWithTheField() {
        InconsistentEventException refused = assertThrows(InconsistentEventException.class,
                () -> StatedTimes.notAfter("closedAt", NOW.plus(StatedTimes.SKEW).plusSeconds(1), NOW));
        assertTrue(refused.getMessage().startsWith("Inconsistent event refused: closedAt is 2026-12-06T12:05:01Z, "
                + "in the future"), refused.getMessage());
        assertThrows(InconsistentEventException.class,
                () -> StatedTimes.notInFuture("changedAt", Instant.parse("9999-01-01T00:00:00Z")));
    }

    @Test
    void aRequiredTimeMustBeStated() {
        InconsistentEventException refused = assertThrows(InconsistentEventException.class,
                () -> StatedTimes.required("signedAt", null));
        assertEquals("Inconsistent event refused: signedAt is missing", refused.getMessage());
        assertEquals(NOW, StatedTimes.required("signedAt", NOW));
    }

    @Test
    void factsMustBeInTheOrderTheyHappen() {
        StatedTimes.inOrder("signedAt", NOW, "closedAt", NOW);
        StatedTimes.inOrder("signedAt", NOW, "closedAt", null);
        InconsistentEventException refused = assertThrows(InconsistentEventException.class,
                () -> StatedTimes.inOrder("signedAt", NOW.plusSeconds(1), "closedAt", NOW));
        assertEquals("Inconsistent event refused: signedAt is 2026-12-06T12:00:01Z, after closedAt "
                + "2026-12-06T12:00:00Z", refused.getMessage());
    }

    @Test
    void linesAreNumberedFromOneAndNoneTwice() {
        StatedPrices.numbered("firstOrder", Arrays.asList(1, 2, 3));
        assertEquals("Inconsistent event refused: firstOrder.lines[1].lineNo is 1, the number of an earlier line",
                assertThrows(InconsistentEventException.class,
                        () -> StatedPrices.numbered("firstOrder", Arrays.asList(1, 1))).getMessage());
        assertEquals("Inconsistent event refused: firstOrder.lines[0].lineNo is null; lines are numbered from 1",
                assertThrows(InconsistentEventException.class,
                        () -> StatedPrices.numbered("firstOrder", Arrays.asList((Integer) null))).getMessage());
        assertThrows(InconsistentEventException.class, () -> StatedPrices.numbered("proposal", Arrays.asList(0)));
    }
}
