package io.salespipeline.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboxReadTest {

    record Data(UUID dealId, String company) {
    }

    private final Inbox inbox = new Inbox();
    private final UUID deal = UUID.randomUUID();

    InboxReadTest() {
        // As Quarkus configures the injected mapper: tolerant readers ignore unknown fields.
        inbox.personalFields = new io.salespipeline.platform.privacy.PersonalFields();
        inbox.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private InboundEvent event(String data) {
        return new InboundEvent("e-1", "t", "/test", deal, null, null, "topic", data);
    }

    @Test
    void readsDataThatNamesTheEnvelopesDealOrNone() {
        assertEquals("ACME", inbox.read(event("{\"dealId\": \"" + deal + "\", \"company\": \"ACME\"}"), Data.class)
                .company());
        assertEquals("ACME", inbox.read(event("{\"company\": \"ACME\", \"unknown\": 1}"), Data.class).company());
    }

    @Test
    void dataNamingAnotherDealCanNeverBeProcessed() {
        assertThrows(MalformedEventException.class,
                () -> inbox.read(event("{\"dealId\": \"" + UUID.randomUUID() + "\"}"), Data.class));
        assertThrows(MalformedEventException.class, () -> inbox.read(event("{not json"), Data.class));
    }
}
