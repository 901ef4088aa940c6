package io.salespipeline.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ErasureRequestTest {

    private final Instant now = Instant.parse("2026-11-23T23:00:00Z");
    private final UUID deal = UUID.randomUUID();

    private ErasureRequest request() {
        return ErasureRequest.open("ab".repeat(32), List.of(UUID.randomUUID()), List.of(deal, deal), "manager", now);
    }

    @Test
    void staysPendingUntilAllFiveServicesConfirmedThenCompletes() {
        ErasureRequest request = request();
        assertEquals(List.of(deal), request.dealIds());
        for (String service : List.of("lead-service", "prospect-service", "proposal-service", "contract-service")) {
            request.confirm(service, 1, now);
            assertEquals(ErasureState.PENDING, request.state());
        }
        assertNull(request.completedAt());
        request.confirm("fulfillment-service", 2, now.plusSeconds(5));
        assertEquals(ErasureState.COMPLETED, request.state());
        assertEquals(now.plusSeconds(5), request.completedAt());
    }

    @Test
    void aRepeatedConfirmationKeepsTheFirst() {
        ErasureRequest request = request();
        request.confirm("prospect-service", 1, now);
        request.confirm("prospect-service", 7, now.plusSeconds(60));
        assertEquals(1, request.confirmation("prospect-service").orElseThrow().recordsAnonymised());
        assertEquals(ErasureState.PENDING, request.state());
    }

    @Test
    void refusesConfirmationsFromUnknownServicesOrWithNegativeCounts() {
        ErasureRequest request = request();
        assertThrows(InvalidInputException.class, () -> request.confirm("billing-service", 1, now));
        assertThrows(InvalidInputException.class, () -> request.confirm("prospect-service", -1, now));
        assertTrue(request.confirmation("prospect-service").isEmpty());
    }
}
