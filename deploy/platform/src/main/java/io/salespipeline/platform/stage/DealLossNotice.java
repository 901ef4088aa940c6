package io.salespipeline.platform.stage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Every stage's tolerant reading of {@code sales.deal.lost}, whoever published it. The one shape
 * all publishers write: {@code {dealId, stage, reason, lostAt}} (more fields may come and are
 * ignored); {@code stage} is where the deal was lost, one of {@link Stage}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DealLossNotice(UUID dealId, String stage, String reason, Instant lostAt) {

    public static final String TOPIC = "sales.deal.lost";

    public Optional<Stage> lostIn() {
        return Stage.parse(stage);
    }

    /** Whether this loss is for {@code own} to react to: lost in another, known stage. */
    public boolean concernsOtherStageThan(Stage own) {
        return lostIn().filter(lost -> lost != own).isPresent();
    }

    /** The reason as an earlier or later stage keeps it: where the deal was lost, and why. */
    public String describe() {
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        String text = "Deal lost at " + lostIn().map(Stage::name).orElse("an unknown stage") + ": " + why;
        return text.length() <= 4000 ? text : text.substring(0, 4000);
    }

    public Instant lostAtOr(Instant fallback) {
        return lostAt == null ? fallback : lostAt;
    }
}
