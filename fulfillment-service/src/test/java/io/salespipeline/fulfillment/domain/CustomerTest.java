package io.salespipeline.fulfillment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salespipeline.platform.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final HandOffPolicy policy = new HandOffPolicy(HandOffRule.ROUND_ROBIN,
            new SupportRoster(List.of("ana.support", "ben.support")), List.of());

    private Customer customer() {
        return Customer.open(UUID.randomUUID(), "Customer GmbH", "Ada", "ada@example.com", " gb ", "ana.support", now);
    }

    @Test
    void theHandOffIsTheFirstEntryOfTheSupportOwnerHistory() {
        Customer customer = customer();
        assertEquals("GB", customer.country());
        SupportAssignment handOff = customer.handOff(HandOffRule.ROUND_ROBIN, "system", now);
        assertNull(handOff.from());
        assertEquals("ana.support", handOff.to());
        assertEquals(HandOffRule.ROUND_ROBIN, handOff.rule());
    }

    @Test
    void aReassignmentRecordsWhoWhenFromToAndWhy() {
        Customer customer = customer();
        SupportAssignment change = customer.reassign(" ben.support ", "Ana is on leave", policy, "maria.manager",
                now.plusSeconds(5));
        assertEquals("ben.support", customer.supportOwner());
        assertEquals("ana.support", change.from());
        assertEquals("ben.support", change.to());
        assertEquals("Ana is on leave", change.reason());
        assertEquals("maria.manager", change.by());
        assertEquals(now.plusSeconds(5), change.at());
        assertNull(change.rule());
    }

    @Test
    void aReassignmentNeedsSomeoneElseOnTheStaffAndAReason() {
        Customer customer = customer();
        assertThrows(InvalidInputException.class, () -> customer.reassign("ana.support", "again", policy, "m", now));
        assertThrows(InvalidInputException.class, () -> customer.reassign("stranger", "why", policy, "m", now));
        assertThrows(InvalidInputException.class, () -> customer.reassign("ben.support", " ", policy, "m", now));
        assertEquals("ana.support", customer.supportOwner());
    }

    @Test
    void anUnreadableCountryIsLeftUnknown() {
        assertNull(Customer.open(UUID.randomUUID(), "C", "A", null, "Germany", "ana.support", now).country());
    }

    @Test
    void aContactErasedOnTheWayIsTakenInWithoutAnAddress() {
        Customer customer = Customer.open(UUID.randomUUID(), "C", "[erased]", "[erased]", null, "ana.support", now);
        assertEquals("[erased]", customer.contactName());
        assertNull(customer.contactEmail());
        assertThrows(InvalidInputException.class,
                () -> Customer.open(UUID.randomUUID(), "C", "A", "not an address", null, "ana.support", now));
    }
}
