package io.salespipeline.prospect.api;

import io.salespipeline.prospect.domain.Interaction;
import io.salespipeline.prospect.domain.InteractionType;
import io.salespipeline.prospect.domain.InterestLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a prospect's rapport log. */
public record InteractionView(UUID id, UUID prospectId, InteractionType type, Instant occurredAt, String outcome,
        String nextStep, LocalDate followUpOn, InterestLevel interestLevel, String recordedBy, Instant recordedAt) {

    public static InteractionView of(Interaction interaction) {
        return new InteractionView(interaction.id(), interaction.prospectId(), interaction.type(),
                interaction.occurredAt(), interaction.outcome(), interaction.nextStep(), interaction.followUpOn(),
                interaction.interestLevel(), interaction.recordedBy(), interaction.recordedAt());
    }
}
