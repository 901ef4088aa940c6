package io.salespipeline.platform.deadletter;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One dead letter as an operator reads it: where it lies, where it came from, why it failed, and whether it was re-driven. */
@Schema(name = "DeadLetter")
public record DeadLetter(
        @Schema(description = "Its place on the dead-letter topic, dead-letter topic:partition:offset") String id,
        String deadLetterTopic, int deadLetterPartition, long deadLetterOffset,
        @Schema(description = "The topic the event was consumed from (and is re-driven to)") String originalTopic,
        Integer originalPartition, Long originalOffset,
        @Schema(description = "The record's key: the deal's id") String key,
        @Schema(description = "The CloudEvent id (ce_id): the same when re-driven, so a repeat is dropped") String eventId,
        String eventType,
        @Schema(description = "Why it failed: the failure's message") String reason,
        @Schema(description = "The failure's class") String exceptionClass,
        @Schema(description = "When the first attempt failed (null for dead letters parked before this was recorded)") Instant firstFailureAt,
        @Schema(description = "How many times it was tried (null as above)") Integer attempts,
        @Schema(description = "The consumer group that parked it (null as above)") String consumerGroup,
        Instant deadLetteredAt,
        boolean redriven, Instant redrivenAt, String redrivenBy) {

    DeadLetter redriven(Redrive redrive) {
        return redrive == null ? this
                : new DeadLetter(id, deadLetterTopic, deadLetterPartition, deadLetterOffset, originalTopic,
                        originalPartition, originalOffset, key, eventId, eventType, reason, exceptionClass,
                        firstFailureAt, attempts, consumerGroup, deadLetteredAt, true, redrive.at(), redrive.by());
    }

    /** A re-drive: when and by whom. */
    public record Redrive(Instant at, String by) {
    }
}
