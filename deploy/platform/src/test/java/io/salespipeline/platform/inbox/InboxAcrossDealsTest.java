package io.salespipeline.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Events about no single deal (a privacy request) carry their own key as subject, not a dealId. */
class InboxAcrossDealsTest {

    record Request(UUID erasureId, List<UUID> dealIds) {
    }

    private final Inbox inbox = new Inbox();

    InboxAcrossDealsTest() {
        inbox.personalFields = new io.salespipeline.platform.privacy.PersonalFields();
        inbox.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private static ConsumerRecord<String, String> record(String key, String subject, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("privacy.erasure.requested", 0, 0, key, value);
        record.headers().add("ce_id", "e-1".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_subject", subject.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Test
    void anEventAcrossDealsNamesNoDealAndItsDataIsReadWithoutTheDealCheck() {
        UUID erasure = UUID.randomUUID();
        UUID deal = UUID.randomUUID();
        InboundEvent event = InboundEvent.from(record(erasure.toString(), erasure.toString(),
                "{\"erasureId\": \"" + erasure + "\", \"dealIds\": [\"" + deal + "\"], \"dealId\": \"" + deal + "\"}"),
                false);
        assertNull(event.dealId());
        Request request = inbox.read(event, Request.class);
        assertEquals(erasure, request.erasureId());
        assertEquals(List.of(deal), request.dealIds());
    }

    @Test
    void aDealEventStillNeedsItsDeal() {
        assertThrows(MalformedEventException.class,
                () -> InboundEvent.from(record("not-a-uuid", "erasure-7", "{}")));
        assertNull(InboundEvent.from(record("not-a-uuid", "erasure-7", "{}"), false).dealId());
    }
}
