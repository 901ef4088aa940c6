package io.salespipeline.fulfillment.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.salespipeline.fulfillment.api.DealClosedEvents;
import io.salespipeline.fulfillment.application.ClosedDeal;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.inbox.InconsistentEventException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The checks of a DealClosed before order intake, without the broker (the consumer tests send them). */
class DealClosedDataTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final UUID dealId = UUID.randomUUID();
    private final String closed = DealClosedEvents.dealClosed(dealId, "Unit Ltd");

    private ClosedDeal read(String json) throws Exception {
        InboundEvent event = new InboundEvent("e-1", "io.salespipeline.contract.DealClosed.v1", "/contract-service",
                dealId, null, null, "sales.deal.closed", json);
        return JSON.readValue(json, DealClosedData.class).closedDeal(event);
    }

    private String refused(String json) {
        return assertThrows(InconsistentEventException.class, () -> read(json)).getMessage();
    }

    @Test
    void aConsistentClosedDealIsTakenAsItIs() throws Exception {
        ClosedDeal deal = read(closed);
        assertEquals(dealId, deal.dealId());
        assertEquals(2, deal.firstOrder().lines().size());
        assertEquals("event e-1", deal.source());
        // The order placed at 15:04 and the deal closed at 15:05: in order.
        read(closed.replace("\"currency\": \"EUR\",\n", "\"currency\": \"EUR\", \"placedAt\": \"2026-11-30T15:04:00Z\",\n"));
    }

    @Test
    void theFactsThatCloseADealMustBeStatedAndInOrder() {
        assertEquals("Inconsistent event refused: firstOrder.placedAt is 2026-11-30T15:06:00Z, after closedAt "
                + "2026-11-30T15:05:00Z", refused(closed.replace("\"currency\": \"EUR\",\n",
                        "\"currency\": \"EUR\", \"placedAt\": \"2026-11-30T15:06:00Z\",\n")));
        assertEquals("Inconsistent event refused: closedAt is missing",
                refused(closed.replace(", \"closedAt\": \"2026-11-30T15:05:00Z\"", "")));
        assertEquals("Inconsistent event refused: signedAt is 2026-11-30T15:06:00Z, after closedAt "
                + "2026-11-30T15:05:00Z", refused(closed.replace("2026-11-30T15:00:00Z", "2026-11-30T15:06:00Z")));
    }

    @Test
    void linesNumberedTwiceAreRefused() {
        assertEquals("Inconsistent event refused: firstOrder.lines[1].lineNo is 1, the number of an earlier line",
                refused(closed.replace("\"lineNo\": 2", "\"lineNo\": 1")));
    }
}
