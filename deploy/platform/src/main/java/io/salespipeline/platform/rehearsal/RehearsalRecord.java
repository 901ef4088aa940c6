package io.salespipeline.platform.rehearsal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * The record of a rehearsal. Only {@link Rehearsals} makes one, in this JVM; the Kafka connector
 * never does, so no record from the broker, whatever its headers, can be taken for a rehearsal
 * and have its effect rolled back.
 */
public final class RehearsalRecord extends ConsumerRecord<String, String> {

    private RehearsalRecord(String topic, String key, String value, RecordHeaders headers) {
        super(topic, 0, -1L, System.currentTimeMillis(), TimestampType.CREATE_TIME, -1, -1, key, value, headers,
                Optional.empty());
    }

    static RehearsalRecord of(Rehearsal rehearsal, UUID dealId, Instant now) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", UUID.randomUUID().toString());
        header(headers, "ce_type", rehearsal.eventType());
        header(headers, "ce_source", "/rehearsal");
        header(headers, "ce_subject", dealId.toString());
        header(headers, "ce_time", now.toString());
        header(headers, "content-type", "application/json");
        return new RehearsalRecord(rehearsal.topic(), dealId.toString(), rehearsal.data(dealId), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
