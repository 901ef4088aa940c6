package io.salespipeline.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A kill that slipped behind schedule never lands in a broker or database fault's window. */
class FaultsTest {

    private static final Faults.Planned DATABASE = new Faults.Planned(44, Faults.Kind.STOP_DATABASE, null, 0);
    private static final Faults.Planned KILL = new Faults.Planned(74, Faults.Kind.KILL_REPLICA, "lead", 1);

    @Test
    void aKillOnTimeGoesBeforeTheDatabaseStop() {
        assertNull(Faults.windowBefore(List.of(DATABASE, KILL), 33.5));
    }

    @Test
    void aKillThatSlippedToTheDatabaseStopsTimeLetsTheStopGoFirst() {
        // The short run of seed 17: the broker's slow return held the kill planned at 38.5 s until 58.1 s.
        assertEquals(DATABASE, Faults.windowBefore(List.of(DATABASE, KILL), 58.1));
        // Ten seconds before the stop is already too close: the kill's own recovery would overlap it.
        assertEquals(DATABASE, Faults.windowBefore(List.of(DATABASE, KILL), 34.5));
    }

    @Test
    void onlyTheBrokerAndTheDatabaseHaveWindows() {
        var redeliver = new Faults.Planned(34, Faults.Kind.REDELIVER, null, 0);
        var poison = new Faults.Planned(12, Faults.Kind.POISON, null, 0);
        assertNull(Faults.windowBefore(List.of(poison, redeliver, KILL), 58.1));
    }
}
