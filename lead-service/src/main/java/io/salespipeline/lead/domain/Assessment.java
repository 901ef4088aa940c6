package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The seller's judgement whether the lead is a viable candidate to buy, with reasons. */
@Embeddable
public record Assessment(@Column(name = "assessment_viable") boolean viable,
        @Column(name = "assessment_reasons") String reasons, String assessedBy, Instant assessedAt) {

    /** The seller's judgement as recorded now; the reasons are required. */
    public static Assessment of(boolean viable, String reasons, String actor, Instant now) {
        return new Assessment(viable, Require.text("reasons", reasons, 4000), actor, now);
    }
}
