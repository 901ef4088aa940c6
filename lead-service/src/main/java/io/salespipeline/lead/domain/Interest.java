package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contact's expressed interest in learning more: by which channel, when, and in what. */
@Embeddable
@Schema(description = "The contact's expressed interest in learning more.")
public record Interest(
        @Schema(required = true, description = "How the contact expressed it.")
        @Enumerated(EnumType.STRING) @Column(name = "interest_channel") InterestChannel channel,
        @Schema(required = true, description = "When the contact expressed it (UTC).", examples = "2026-03-03T14:10:00Z")
        @Column(name = "interest_expressed_at") Instant expressedAt,
        @Schema(required = true, description = "What the contact is interested in.", examples = "CRM seats, onboarding")
        @Column(name = "interest_topics") String topics,
        @Schema(required = true, description = "Who recorded it (token subject).", examples = "sam.seller")
        @Column(name = "interest_recorded_by") String recordedBy,
        @Schema(required = true, description = "When it was recorded (UTC).", examples = "2026-03-03T14:30:00Z")
        @Column(name = "interest_recorded_at") Instant recordedAt) {

    /** The interest as recorded now: expressed by a channel, not in the future (5 minutes' clock skew), on topics. */
    public static Interest of(InterestChannel channel, Instant expressedAt, String topics, String actor, Instant now) {
        Require.present("channel", channel);
        Require.present("expressedAt", expressedAt);
        if (expressedAt.isAfter(now.plusSeconds(300))) {
            throw new InvalidInputException("expressedAt", "must not be in the future");
        }
        return new Interest(channel, expressedAt, Require.text("topics", topics, 4000), actor, now);
    }
}
