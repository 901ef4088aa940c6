package io.salespipeline.prospect.api;

import io.salespipeline.prospect.domain.Interaction;
import io.salespipeline.prospect.domain.InteractionType;
import io.salespipeline.prospect.domain.InterestLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a prospect's rapport log. */
@Schema(description = "One entry of a prospect's rapport log.")
public record InteractionView(
        @Schema(required = true, description = "The interaction's id.") UUID id,
        @Schema(required = true, description = "The prospect it belongs to.") UUID prospectId,
        @Schema(required = true, description = "What kind of interaction it was.") InteractionType type,
        @Schema(required = true, description = "When it took place (UTC).", examples = "2026-03-10T15:00:00Z")
        Instant occurredAt,
        @Schema(required = true, description = "What came of it.", examples = "Demo went well; IT wants the API docs.")
        String outcome,
        @Schema(nullable = true, description = "What the seller does next; null when nothing was set.",
                examples = "Send the API docs and book a call with IT.") String nextStep,
        @Schema(nullable = true, description = "The day to follow up (a date); null when none.", examples = "2026-03-17")
        LocalDate followUpOn,
        @Schema(nullable = true, description = "The prospect's interest as the seller judged it then; null when not "
                + "judged.") InterestLevel interestLevel,
        @Schema(required = true, description = "Who recorded it (token subject).", examples = "sam.seller") String recordedBy,
        @Schema(required = true, description = "When it was recorded (UTC).", examples = "2026-03-10T16:30:00Z")
        Instant recordedAt) {

    public static InteractionView of(Interaction interaction) {
        return new InteractionView(interaction.id(), interaction.prospectId(), interaction.type(),
                interaction.occurredAt(), interaction.outcome(), interaction.nextStep(), interaction.followUpOn(),
                interaction.interestLevel(), interaction.recordedBy(), interaction.recordedAt());
    }
}
