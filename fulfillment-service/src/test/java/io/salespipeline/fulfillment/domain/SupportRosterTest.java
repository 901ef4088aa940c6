package io.salespipeline.fulfillment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupportRosterTest {

    private final SupportRoster roster = new SupportRoster(List.of("ana.support", "ben.support", "chen.support"));

    @Test
    void theStaffMemberOwningTheFewestCustomersTakesTheNewOne() {
        assertEquals("chen.support", roster.ownerFor(Map.of("ana.support", 4L, "ben.support", 3L, "chen.support", 2L)));
        assertEquals("ben.support", roster.ownerFor(Map.of("ana.support", 1L, "chen.support", 1L)));
    }

    @Test
    void aTieGoesToTheEarlierNameInTheRoster() {
        assertEquals("ana.support", roster.ownerFor(Map.of()));
        assertEquals("ben.support", roster.ownerFor(Map.of("ana.support", 2L, "ben.support", 1L, "chen.support", 1L)));
    }

    @Test
    void handingOffOneAfterAnotherGoesRoundTheRosterInOrder() {
        Map<String, Long> owned = new HashMap<>();
        StringBuilder owners = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            String owner = roster.ownerFor(owned);
            owned.merge(owner, 1L, Long::sum);
            owners.append(owner.charAt(0));
        }
        assertEquals("abcabc", owners.toString());
    }

    @Test
    void ownersNoLongerOnTheRosterDoNotCount() {
        assertEquals("ana.support", roster.ownerFor(Map.of("old.support", 0L, "ben.support", 0L, "chen.support", 0L)));
    }

    @Test
    void theRosterIsCleanedAndMustNameSomeone() {
        assertEquals(List.of("ana", "ben"), new SupportRoster(List.of(" ana ", "ben", "ana", "")).staff());
        assertThrows(IllegalStateException.class, () -> new SupportRoster(List.of(" ")));
    }
}
