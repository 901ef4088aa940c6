package io.salespipeline.fulfillment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.InvalidInputException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupportNoticeTest {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Customer customer = Customer.open(UUID.randomUUID(), "Customer GmbH", "Ada", "ada@example.com",
            "DE", "ana.support", now);

    private static KnownPersonArrival arrival(UUID arrivalId) {
        return new KnownPersonArrival(UUID.randomUUID(), null, arrivalId, "email", "WEB_FORM", "web-form:contact",
                Instant.parse("2026-12-01T09:59:00Z"));
    }

    @Test
    void aNoticeIsOpenForTheCustomersSupportOwnerAndNamesNobody() {
        SupportNotice notice = SupportNotice.of(customer, arrival(UUID.randomUUID()), now);
        assertEquals(SupportNoticeStatus.OPEN, notice.status());
        assertEquals("ana.support", notice.supportOwner());
        assertEquals(now, notice.noticedAt());
        assertNull(notice.acknowledgedBy());
        assertNull(notice.acknowledgedAt());
    }

    @Test
    void acknowledgingOnceMarksItSeenToAndAgainChangesNothing() {
        SupportNotice notice = SupportNotice.of(customer, arrival(UUID.randomUUID()), now);
        assertTrue(notice.acknowledge("ana.support (support)", now.plusSeconds(60)));
        assertEquals(SupportNoticeStatus.ACKNOWLEDGED, notice.status());
        assertEquals("ana.support (support)", notice.acknowledgedBy());
        assertEquals(now.plusSeconds(60), notice.acknowledgedAt());

        assertFalse(notice.acknowledge("max.manager (sales-manager)", now.plusSeconds(120)));
        assertEquals(SupportNoticeStatus.ACKNOWLEDGED, notice.status());
        assertEquals("ana.support (support)", notice.acknowledgedBy());
        assertEquals(now.plusSeconds(60), notice.acknowledgedAt());
    }

    @Test
    void anArrivalWithoutItsIdsOrTimeIsRefused() {
        assertThrows(InvalidInputException.class, () -> SupportNotice.of(customer, arrival(null), now));
        assertThrows(InvalidInputException.class, () -> SupportNotice.of(customer,
                new KnownPersonArrival(null, null, UUID.randomUUID(), "email", "WEB_FORM", null, now), now));
        assertThrows(InvalidInputException.class, () -> SupportNotice.of(customer,
                new KnownPersonArrival(UUID.randomUUID(), null, UUID.randomUUID(), "email", "WEB_FORM", null, null), now));
    }
}
