package io.salespipeline.lead.application.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salespipeline.lead.domain.ErasureRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ErasureRequestedEventsTest {

    private final Instant now = Instant.parse("2026-11-23T23:00:00Z");
    private final UUID deal = UUID.randomUUID();

    private ErasureRequest request() {
        return ErasureRequest.open("ab".repeat(32), List.of(UUID.randomUUID()), List.of(deal, deal), "manager", now);
    }

    @Test
    void theEventNamesTheDealsAndTheHashOnly() {
        ErasureRequest request = request();
        assertEquals(request.id(), ErasureRequestedEvents.of(request).erasureId());
        assertEquals(List.of(deal), ErasureRequestedEvents.of(request).dealIds());
        assertEquals("ab".repeat(32), ErasureRequestedEvents.of(request).emailSha256());
    }
}
