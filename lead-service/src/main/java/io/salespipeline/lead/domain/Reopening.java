package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A disqualified lead was given another chance: why and when (the latest reopening). */
@Embeddable
public record Reopening(@Column(name = "reopen_reason") String reason, @Column(name = "reopened_at") Instant at) {

    public static Reopening of(String reason, Instant now) {
        return new Reopening(Require.text("reason", reason, 4000), now);
    }
}
