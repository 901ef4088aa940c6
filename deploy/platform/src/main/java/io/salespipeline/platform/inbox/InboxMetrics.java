package io.salespipeline.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What operators watch of the consumers: the hand-off latency (from the moment an event happened
 * upstream, its {@code ce_time}, until this service processed it: {@code sales_inbox_handoff_seconds})
 * and the events parked on a dead-letter topic ({@code sales_inbox_dead_letters_total}), by topic.
 */
@ApplicationScoped
class InboxMetrics {

    @Inject
    MeterRegistry meters;

    void handedOff(ConsumerRecord<String, String> record) {
        Instant happened = time(record);
        if (happened != null) {
            Duration latency = Duration.between(happened, Instant.now());
            Timer.builder("sales.inbox.handoff")
                    .description("From an event's time upstream until this service processed it")
                    .tag("topic", record.topic())
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(5))
                    .maximumExpectedValue(Duration.ofHours(1))
                    .register(meters)
                    .record(latency.isNegative() ? Duration.ZERO : latency);
        }
    }

    void parked(ConsumerRecord<String, String> record) {
        Counter.builder("sales.inbox.dead.letters")
                .description("Events parked on the dead-letter topic after their retries")
                .tag("topic", record.topic())
                .register(meters)
                .increment();
    }

    private static Instant time(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("ce_time");
        try {
            return header == null ? null
                    : OffsetDateTime.parse(new String(header.value(), StandardCharsets.UTF_8)).toInstant();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
