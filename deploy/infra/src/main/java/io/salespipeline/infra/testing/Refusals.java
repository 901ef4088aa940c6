package io.salespipeline.infra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

/**
 * Sends an event a consumer must refuse and waits for it on the channel's dead-letter topic
 * ({@code dead-letter-topic-<channel>}), with the reason the consumer gave. The caller then checks
 * that nothing changed.
 */
public final class Refusals {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private Refusals() {
    }

    /**
     * @param reason a part of the {@code dead-letter-reason} header the refusal must have
     * @return the parked record
     */
    public static EventTap.Event refused(String kafka, String channel, String topic, String type, UUID dealId,
            String json, String reason) {
        String eventId = UUID.randomUUID().toString();
        try (EventTap deadLetters = new EventTap(kafka, "dead-letter-topic-" + channel);
                EventSender sender = new EventSender(kafka)) {
            sender.send(topic, eventId, type, dealId, json);
            EventTap.Event parked = deadLetters.await(e -> eventId.equals(e.header("ce_id")), WAIT);
            assertEquals(topic, parked.header("dead-letter-topic"));
            String deadLetterReason = parked.header("dead-letter-reason");
            assertTrue(deadLetterReason != null && deadLetterReason.contains(reason),
                    "dead-letter-reason: " + deadLetterReason);
            return parked;
        }
    }
}
