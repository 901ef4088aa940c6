package io.salespipeline.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditValuesTest {

    enum State { OPEN, CLOSED { @Override public String toString() { return "closed!"; } } }

    @Test
    void statesFlagsNumbersTimesAndIdsAreKept() {
        assertEquals("OPEN", AuditValues.shown(State.OPEN));
        assertEquals("CLOSED", AuditValues.shown(State.CLOSED)); // an enum constant with a body too
        assertEquals("true", AuditValues.shown(Boolean.TRUE));
        assertEquals("12.50", AuditValues.shown(new BigDecimal("12.50")));
        assertEquals("3", AuditValues.shown(3L));
        assertEquals("2026-11-23T10:00:00Z", AuditValues.shown(Instant.parse("2026-11-23T10:00:00Z")));
        assertEquals("2026-12-15", AuditValues.shown(LocalDate.parse("2026-12-15")));
        UUID id = UUID.randomUUID();
        assertEquals(id.toString(), AuditValues.shown(id));
    }

    @Test
    void textAndStructuredValuesAreNeverCopied() {
        assertNull(AuditValues.shown("ada@example.com"));
        assertNull(AuditValues.shown(Map.of("k", "v")));
        assertNull(AuditValues.shown(List.of("a")));
        assertNull(AuditValues.shown(new Object()));
        assertNull(AuditValues.shown(null));
    }

    @Test
    void aDeclaredCauseHoldsOnlyWhileItsWorkRuns() {
        assertNull(AuditCause.current());
        assertEquals("event X", AuditCause.during("event X", AuditCause::current));
        assertEquals("outer", AuditCause.during("outer", () -> {
            AuditCause.during("inner", AuditCause::current);
            return AuditCause.current();
        }));
        assertNull(AuditCause.current());
    }
}
