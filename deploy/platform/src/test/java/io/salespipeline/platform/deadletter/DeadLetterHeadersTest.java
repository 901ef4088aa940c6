package io.salespipeline.platform.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.inbox.EventFailedException;
import io.salespipeline.platform.inbox.InconsistentEventException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DeadLetterHeadersTest {

    private static final Instant FIRST = Instant.parse("2026-12-06T10:15:30.123Z");
    private static final Instant NOW = Instant.parse("2026-12-06T10:15:33Z");

    @Test
    void aFailureAfterRetriesIsToldUnwrappedWithItsAttemptsAndFirstFailure() {
        IllegalStateException lock = new IllegalStateException("could not obtain lock");
        DeadLetterHeaders.Explained explained = DeadLetterHeaders.explain(new EventFailedException(lock, 4, FIRST),
                "fulfillment-service", NOW);

        assertSame(lock, explained.failure());
        assertEquals(Map.of("dead-letter-exception-class", "java.lang.IllegalStateException",
                "dead-letter-message", "could not obtain lock",
                "dead-letter-first-failure", "2026-12-06T10:15:30.123Z",
                "dead-letter-attempts", "4",
                "dead-letter-consumer-group", "fulfillment-service"), text(explained.headers()));
    }

    @Test
    void anEventFailureWrappedByTheFrameworkIsStillFound() {
        InconsistentEventException refused = new InconsistentEventException("firstOrder.totals.net is 0.01 EUR");
        DeadLetterHeaders.Explained explained = DeadLetterHeaders.explain(
                new RuntimeException("processing failed", new EventFailedException(refused, 1, FIRST)), "group", NOW);

        assertSame(refused, explained.failure());
        assertEquals("1", text(explained.headers()).get("dead-letter-attempts"));
        assertEquals(InconsistentEventException.class.getName(), text(explained.headers()).get("dead-letter-exception-class"));
    }

    @Test
    void anyOtherFailureIsOneAttemptFailingNowAndAMessagelessOneIsNamed() {
        DeadLetterHeaders.Explained explained = DeadLetterHeaders.explain(new NullPointerException(), null, NOW);

        assertEquals(Map.of("dead-letter-exception-class", "java.lang.NullPointerException",
                "dead-letter-message", "java.lang.NullPointerException",
                "dead-letter-first-failure", "2026-12-06T10:15:33Z",
                "dead-letter-attempts", "1"), text(explained.headers()));
    }

    @Test
    void aLongMessageIsCutToItsBound() {
        String message = text(DeadLetterHeaders.explain(new IllegalArgumentException("x".repeat(10_000)), null, NOW).headers())
                .get("dead-letter-message");
        assertEquals(DeadLetterHeaders.MAX_MESSAGE + 1, message.length());
    }

    @Test
    void aDeadLetterReadsAsWhereItCameFromWhatItCarriesAndWhyItFailed() {
        DeadLetter read = DeadLetterHeaders.read(deadLetter(List.of(
                h("dead-letter-exception-class-name", "java.lang.RuntimeException"),
                h("dead-letter-reason", "the connector's reason"),
                h("dead-letter-topic", "sales.deal.closed"), h("dead-letter-partition", "2"),
                h("dead-letter-offset", "41"),
                h("ce_id", "event-1"), h("ce_type", "io.salespipeline.contract.DealClosed.v1"),
                h("dead-letter-exception-class", "io.salespipeline.platform.inbox.InconsistentEventException"),
                h("dead-letter-message", "firstOrder.totals.net is 0.01 EUR"),
                h("dead-letter-first-failure", "2026-12-06T10:15:30.123Z"), h("dead-letter-attempts", "4"),
                h("dead-letter-consumer-group", "fulfillment-service"))));

        assertEquals(new DeadLetter("dead-letter-topic-deal-closed:1:7", "dead-letter-topic-deal-closed", 1, 7,
                "sales.deal.closed", 2, 41L, "deal-1", "event-1", "io.salespipeline.contract.DealClosed.v1",
                "firstOrder.totals.net is 0.01 EUR", "io.salespipeline.platform.inbox.InconsistentEventException",
                FIRST, 4, "fulfillment-service", NOW, false, null, null), read);
    }

    @Test
    void aDeadLetterParkedByTheConnectorAloneFallsBackOnItsHeaders() {
        DeadLetter read = DeadLetterHeaders.read(deadLetter(List.of(
                h("dead-letter-exception-class-name", "java.lang.IllegalStateException"),
                h("dead-letter-reason", "broken"), h("dead-letter-topic", "sales.deal.closed"),
                h("dead-letter-partition", "0"), h("dead-letter-offset", "3"), h("ce_id", "event-2"))));

        assertEquals("broken", read.reason());
        assertEquals("java.lang.IllegalStateException", read.exceptionClass());
        assertNull(read.firstFailureAt());
        assertNull(read.attempts());
        assertNull(read.consumerGroup());
    }

    @Test
    void theOriginalRecordKeepsItsOwnHeadersOnly() {
        Headers original = DeadLetterHeaders.original(new RecordHeaders(List.of(
                h("dead-letter-reason", "broken"), h("ce_id", "event-1"), h("ce_specversion", "1.0"),
                h("content-type", "application/json"), h("dead-letter-attempts", "4")).toArray(RecordHeader[]::new)));

        assertEquals(List.of("ce_id", "ce_specversion", "content-type"),
                StreamSupport.stream(original.spliterator(), false).map(header -> header.key()).toList());
        assertFalse(original.lastHeader("ce_id") == null);
    }

    @Test
    void anIdIsTopicPartitionAndOffsetAndAnythingElseIsRefused() {
        assertEquals(new DeadLetterId("dead-letter-topic-deal-closed", 2, 17),
                DeadLetterId.parse("id", "dead-letter-topic-deal-closed:2:17"));
        assertEquals("dead-letter-topic-deal-closed:2:17", new DeadLetterId("dead-letter-topic-deal-closed", 2, 17).toString());
        for (String bad : new String[] {"", "x", "topic:1", "topic:-1:2", "topic:1:x", "to pic:1:2", "topic:1:2:3",
                "topic:99999999999:1"}) {
            assertThrows(InvalidInputException.class, () -> DeadLetterId.parse("id", bad), bad);
        }
    }

    private static ConsumerRecord<byte[], byte[]> deadLetter(List<RecordHeader> headers) {
        return new ConsumerRecord<>("dead-letter-topic-deal-closed", 1, 7, NOW.toEpochMilli(), TimestampType.CREATE_TIME,
                6, 2, "deal-1".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8),
                new RecordHeaders(headers.toArray(RecordHeader[]::new)), Optional.empty());
    }

    private static RecordHeader h(String key, String value) {
        return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> text(List<RecordHeader> headers) {
        return headers.stream().collect(Collectors.toMap(RecordHeader::key,
                header -> new String(header.value(), StandardCharsets.UTF_8)));
    }
}
