package io.salespipeline.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.restriction.TradeRestrictions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The copy keeps the newest lists whatever order the changes arrive in. */
class TradeRestrictionCopyTest {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final TradeRestrictions blocking = new TradeRestrictions(Set.of("KP"), List.of());

    @Test
    void anOlderOrRepeatedRevisionChangesNothing() {
        TradeRestrictionCopy copy = TradeRestrictionCopy.empty();
        assertTrue(copy.restrictions().reasonsToBlock("Any Co", "a@any.example", "KP").isEmpty());
        assertTrue(copy.replace(3, blocking, now, now));
        assertFalse(copy.replace(2, TradeRestrictions.NONE, now, now));
        assertFalse(copy.replace(3, TradeRestrictions.NONE, now, now));
        assertEquals(3, copy.revision());
        assertEquals(1, copy.restrictions().reasonsToBlock("Any Co", "a@any.example", "kp").size());
        assertTrue(copy.replace(4, TradeRestrictions.NONE, now, now));
        assertTrue(copy.restrictions().reasonsToBlock("Any Co", "a@any.example", "KP").isEmpty());
    }
}
