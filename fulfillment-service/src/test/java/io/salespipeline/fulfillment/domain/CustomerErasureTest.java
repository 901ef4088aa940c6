package io.salespipeline.fulfillment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerErasureTest {

    @Test
    void forgetsTheContactPersonAndKeepsTheAccount() {
        UUID dealId = UUID.randomUUID();
        Customer customer = Customer.open(dealId, "Erasable AG", "Eve Customer", "eve@erasable.example", "ana.support",
                Instant.parse("2026-11-23T10:00:00Z"));
        assertTrue(customer.erasePerson());
        assertEquals("[erased]", customer.contactName());
        assertNull(customer.contactEmail());
        assertEquals("Erasable AG", customer.company());
        assertEquals("ana.support", customer.supportOwner());
        assertEquals(dealId, customer.dealId());
        assertFalse(customer.erasePerson(), "a repeat changes nothing");
    }
}
