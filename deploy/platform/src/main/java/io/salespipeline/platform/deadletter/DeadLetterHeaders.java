package io.salespipeline.platform.deadletter;

import io.salespipeline.platform.inbox.EventFailedException;
import io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers of a dead letter. The connector writes {@code dead-letter-reason}, {@code -cause},
 * {@code -topic}, {@code -partition}, {@code -offset} and the exception's class name; the platform
 * adds why and how long it failed: {@code dead-letter-exception-class}, {@code dead-letter-message},
 * {@code dead-letter-first-failure} (UTC ISO-8601), {@code dead-letter-attempts} and
 * {@code dead-letter-consumer-group} (whose dead letter it is). Every other
 * header is the original record's (its CloudEvent attributes).
 */
public final class DeadLetterHeaders {

    public static final String PREFIX = "dead-letter-";
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class";
    public static final String MESSAGE = "dead-letter-message";
    public static final String FIRST_FAILURE = "dead-letter-first-failure";
    public static final String ATTEMPTS = "dead-letter-attempts";
    /** The consumer group that parked it: several services' channels of one name share a dead-letter topic. */
    public static final String CONSUMER_GROUP = "dead-letter-consumer-group";

    /** A message is kept whole up to this length (a failure may quote a whole payload). */
    static final int MAX_MESSAGE = 4000;

    private DeadLetterHeaders() {
    }

    /** A failure as the dead letter tells it: the failure itself (unwrapped) and the platform's headers. */
    public record Explained(Throwable failure, List<RecordHeader> headers) {
    }

    /**
     * @param reason what the record was refused with: an {@link EventFailedException} from the inbox
     *        (attempts and first failure known), or any other failure (one attempt, failing now)
     */
    public static Explained explain(Throwable reason, String consumerGroup, Instant now) {
        Throwable failure = reason;
        int attempts = 1;
        Instant firstFailure = now;
        for (Throwable cause = reason; cause != null; cause = cause.getCause()) {
            if (cause instanceof EventFailedException spent && spent.getCause() != null) {
                failure = spent.getCause();
                attempts = spent.attempts();
                firstFailure = spent.firstFailureAt();
                break;
            }
        }
        List<RecordHeader> headers = new ArrayList<>(List.of(
                header(EXCEPTION_CLASS, failure.getClass().getName()),
                header(MESSAGE, message(failure)),
                header(FIRST_FAILURE, firstFailure.toString()),
                header(ATTEMPTS, Integer.toString(attempts))));
        if (consumerGroup != null) {
            headers.add(header(CONSUMER_GROUP, consumerGroup));
        }
        return new Explained(failure, List.copyOf(headers));
    }

    /** The dead letter as an operator reads it (not yet re-driven). */
    public static DeadLetter read(ConsumerRecord<byte[], byte[]> record) {
        Headers headers = record.headers();
        DeadLetterId id = new DeadLetterId(record.topic(), record.partition(), record.offset());
        String reason = last(headers, MESSAGE);
        String exceptionClass = last(headers, EXCEPTION_CLASS);
        return new DeadLetter(id.toString(), record.topic(), record.partition(), record.offset(),
                first(headers, KafkaDeadLetterQueue.DEAD_LETTER_TOPIC),
                integer(first(headers, KafkaDeadLetterQueue.DEAD_LETTER_PARTITION)),
                longValue(first(headers, KafkaDeadLetterQueue.DEAD_LETTER_OFFSET)),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                last(headers, "ce_id"), last(headers, "ce_type"),
                reason != null ? reason : first(headers, KafkaDeadLetterQueue.DEAD_LETTER_REASON),
                exceptionClass != null ? exceptionClass
                        : first(headers, KafkaDeadLetterQueue.DEAD_LETTER_EXCEPTION_CLASS_NAME),
                instant(last(headers, FIRST_FAILURE)), integer(last(headers, ATTEMPTS)), last(headers, CONSUMER_GROUP),
                record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()), false, null, null);
    }

    /** The consumer group that parked it, null for a dead letter parked by the connector alone. */
    public static String consumerGroup(ConsumerRecord<byte[], byte[]> record) {
        return last(record.headers(), CONSUMER_GROUP);
    }

    /** The original record's headers: the dead letter's, less every {@code dead-letter-*} one. */
    public static Headers original(Headers deadLetter) {
        RecordHeaders original = new RecordHeaders();
        for (Header header : deadLetter) {
            if (!header.key().startsWith(PREFIX)) {
                original.add(header);
            }
        }
        return original;
    }

    private static String message(Throwable failure) {
        String message = failure.getMessage() != null ? failure.getMessage() : failure.toString();
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
    }

    private static RecordHeader header(String key, String value) {
        return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }

    // The connector writes its headers before the record's own, the platform's after them.
    private static String first(Headers headers, String key) {
        for (Header header : headers.headers(key)) {
            return text(header);
        }
        return null;
    }

    private static String last(Headers headers, String key) {
        return text(headers.lastHeader(key));
    }

    private static String text(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
