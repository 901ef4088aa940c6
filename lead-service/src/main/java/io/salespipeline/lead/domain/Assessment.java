package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The seller's judgement whether the lead is a viable candidate to buy, with reasons. */
@Embeddable
@Schema(description = "The seller's judgement whether the lead is a viable candidate to buy, with reasons.")
public record Assessment(
        @Schema(required = true, description = "Whether the lead is a viable candidate; false disqualified it.")
        @Column(name = "assessment_viable") boolean viable,
        @Schema(required = true, description = "The seller's reasons.", examples = "Budget approved, 40 seats needed this year.")
        @Column(name = "assessment_reasons") String reasons,
        @Schema(required = true, description = "Who assessed (token subject).", examples = "sam.seller") String assessedBy,
        @Schema(required = true, description = "When it was recorded (UTC).", examples = "2026-03-04T10:00:00Z")
        Instant assessedAt) {

    /** The seller's judgement as recorded now; the reasons are required. */
    public static Assessment of(boolean viable, String reasons, String actor, Instant now) {
        return new Assessment(viable, Require.text("reasons", reasons, 4000), actor, now);
    }
}
