package io.salespipeline.platform.deadletter;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One dead letter as an operator reads it: where it lies, where it came from, why it failed, and whether it was re-driven. */
@Schema(name = "DeadLetter", description = "An event a consumer could not handle, parked on its dead-letter topic.")
public record DeadLetter(
        @Schema(required = true, description = "Its place on the dead-letter topic, dead-letter topic:partition:offset; "
                + "the id to re-drive it by.", examples = "dead-letter-topic-lead-qualified:0:42") String id,
        @Schema(required = true, description = "The dead-letter topic it lies on.", examples = "dead-letter-topic-lead-qualified")
        String deadLetterTopic,
        @Schema(required = true, description = "Its partition on the dead-letter topic.", examples = "0") int deadLetterPartition,
        @Schema(required = true, description = "Its offset on the dead-letter topic.", examples = "42") long deadLetterOffset,
        @Schema(nullable = true, description = "The topic the event was consumed from (and is re-driven to); null when "
                + "the connector did not record it.", examples = "sales.lead.qualified") String originalTopic,
        @Schema(nullable = true, description = "The partition it was consumed from; null when not recorded.", examples = "1")
        Integer originalPartition,
        @Schema(nullable = true, description = "The offset it was consumed at; null when not recorded.", examples = "1187")
        Long originalOffset,
        @Schema(nullable = true, description = "The record's key: the deal's id; null for a record without a key.",
                examples = "0193a3c4-5e2f-7a10-8b7c-1d2e3f405162") String key,
        @Schema(nullable = true, description = "The CloudEvent id (ce_id): the same when re-driven, so a repeat is "
                + "dropped; null for a record that was no CloudEvent.", examples = "0193a3c5-0b1d-7c22-9e44-5f6a7b8c9d0e")
        String eventId,
        @Schema(nullable = true, description = "The CloudEvent type (ce_type); null for a record that was no CloudEvent.",
                examples = "io.salespipeline.lead.LeadQualified.v1") String eventType,
        @Schema(nullable = true, description = "Why it failed: the failure's message; null when none was recorded.",
                examples = "dealId is not a UUID") String reason,
        @Schema(nullable = true, description = "The failure's Java class; null when none was recorded.",
                examples = "io.salespipeline.platform.inbox.MalformedEventException") String exceptionClass,
        @Schema(nullable = true, description = "When the first attempt failed (UTC); null for dead letters parked before "
                + "this was recorded.", examples = "2026-03-02T09:30:00Z") Instant firstFailureAt,
        @Schema(nullable = true, description = "How many times it was tried before it was parked; null as above.",
                examples = "3") Integer attempts,
        @Schema(nullable = true, description = "The consumer group that parked it; null as above.",
                examples = "prospect-service") String consumerGroup,
        @Schema(nullable = true, description = "When it was written to the dead-letter topic (UTC, the record's "
                + "timestamp); null when the broker gave none.", examples = "2026-03-02T09:30:04Z") Instant deadLetteredAt,
        @Schema(required = true, description = "Whether an operator re-drove it to its original topic.") boolean redriven,
        @Schema(nullable = true, description = "When it was re-driven (UTC); null until then.", examples = "2026-03-02T11:00:00Z")
        Instant redrivenAt,
        @Schema(nullable = true, description = "Who re-drove it (the operator's token subject); null until then.",
                examples = "olga.operator") String redrivenBy) {

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
