package io.salespipeline.platform.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.salespipeline.platform.inbox.InconsistentEventException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DealWonTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    /** contract-service's DealClosed as it is published, with more than the earlier stages read. */
    static String dealClosed(UUID dealId, String closedAt, String total) {
        return """
                {"contractId": "%s", "dealId": "%s", "proposalId": "%s",
                 "customer": {"company": "Analytical Engines Ltd", "contactName": "Ada", "contactEmail": "a@x.io"},
                 "terms": {"paymentTerms": "30 days"},
                 "firstOrder": {"poNumber": "PO-1", "currency": "EUR", "lines": [],
                   "totals": {"net": {"amount": "1000.10", "currency": "EUR"},
                              "tax": {"amount": "190.02", "currency": "EUR"}, "total": %s},
                   "placedBy": "buyer", "placedAt": "2026-11-23T09:00:00Z"},
                 "signedAt": "2026-11-23T08:00:00Z", "closedAt": %s, "owner": "seller-1", "sharedWith": [],
                 "aFieldAddedLater": true}""".formatted(UUID.randomUUID(), dealId, UUID.randomUUID(), total,
                closedAt == null ? "null" : "\"" + closedAt + "\"");
    }

    @Test
    void readsTheClosingTimeAndTheFirstOrdersTotalExactlyAndIgnoresTheRest() throws Exception {
        UUID deal = UUID.randomUUID();
        DealWon won = json.readValue(dealClosed(deal, "2026-11-23T10:00:00Z",
                "{\"amount\": \"1190.120\", \"currency\": \"EUR\"}"), DealWon.class).checked();
        assertEquals(deal, won.dealId());
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), won.closedAt());
        // The amount as the wire carries it, scale included: no float, no rounding.
        assertEquals(new Money(new BigDecimal("1190.120"), "EUR"), won.value());
        assertEquals("1190.120", won.value().amount().toPlainString());
    }

    @Test
    void aWinWithoutClosingTimeOrValueIsRefusedWithTheField() throws Exception {
        String value = "{\"amount\": \"10.00\", \"currency\": \"EUR\"}";
        DealWon noTime = json.readValue(dealClosed(UUID.randomUUID(), null, value), DealWon.class);
        assertTrue(assertThrows(InconsistentEventException.class, noTime::checked).getMessage()
                .contains("closedAt is missing"));
        DealWon noValue = json.readValue(dealClosed(UUID.randomUUID(), "2026-11-23T10:00:00Z", "null"),
                DealWon.class);
        assertNull(noValue.value());
        assertTrue(assertThrows(InconsistentEventException.class, noValue::checked).getMessage()
                .contains("firstOrder.totals.total is missing"));
    }

    @Test
    void aWinInTheFutureOrOfNegativeValueIsRefused() throws Exception {
        DealWon future = json.readValue(dealClosed(UUID.randomUUID(), "2999-01-01T00:00:00Z",
                "{\"amount\": \"10.00\", \"currency\": \"EUR\"}"), DealWon.class);
        assertTrue(assertThrows(InconsistentEventException.class, future::checked).getMessage()
                .contains("closedAt is 2999-01-01T00:00:00Z, in the future"));
        DealWon negative = json.readValue(dealClosed(UUID.randomUUID(), "2026-11-23T10:00:00Z",
                "{\"amount\": \"-1.00\", \"currency\": \"EUR\"}"), DealWon.class);
        assertTrue(assertThrows(InconsistentEventException.class, negative::checked).getMessage()
                .contains("negative"));
    }

    @Test
    void anAmountThatIsNotADecimalStringIsUnreadable() {
        assertThrows(JsonMappingException.class, () -> json.readValue(dealClosed(UUID.randomUUID(),
                "2026-11-23T10:00:00Z", "{\"amount\": 10.5, \"currency\": \"EUR\"}"), DealWon.class));
    }
}
