package io.salespipeline.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The envelope of a received event: the CloudEvents binary-mode attributes (ce_* headers) of
 * a Kafka record, read tolerantly: only the attributes a consumer relies on are required.
 */
public record InboundEvent(String id, String type, String source, UUID dealId, Instant time, String actor,
        String topic, String data) {

    public static InboundEvent from(ConsumerRecord<String, String> record) {
        return from(record, true);
    }

    /**
     * @param aboutOneDeal false for events about no single deal (a privacy request): their
     *        subject is their own key, so the envelope names no dealId (null).
     */
    public static InboundEvent from(ConsumerRecord<String, String> record, boolean aboutOneDeal) {
        String id = header(record, "ce_id");
        if (id == null || id.isBlank()) {
            throw new MalformedEventException("Record on " + record.topic() + " has no ce_id header");
        }
        if (record.value() == null) {
            throw new MalformedEventException("Event " + id + " has no data");
        }
        return new InboundEvent(id, header(record, "ce_type"), header(record, "ce_source"),
                aboutOneDeal ? dealId(record, id) : null, time(header(record, "ce_time")), header(record, "ce_actor"),
                record.topic(), record.value());
    }

    private static UUID dealId(ConsumerRecord<String, String> record, String id) {
        String subject = header(record, "ce_subject");
        String text = subject != null ? subject : record.key();
        try {
            return UUID.fromString(text);
        } catch (RuntimeException e) {
            throw new MalformedEventException("Event " + id + " names no dealId (subject or key)", e);
        }
    }

    private static Instant time(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null
                : new String(header.value(), StandardCharsets.UTF_8);
    }
}
