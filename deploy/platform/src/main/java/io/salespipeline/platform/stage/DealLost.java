package io.salespipeline.platform.stage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.salespipeline.platform.inbox.StatedTimes;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@value #TOPIC}: the deal was lost at one stage ({@code stage}, why, when), so every other stage
 * holding its records follows. prospect-service (lost while a prospect) and contract-service (the
 * customer declined the contract) publish it; every stage reads it, tolerantly: more fields may
 * come and are ignored, and a stage name this pipeline does not know concerns nobody.
 * <p>
 * The JSON is {@code {dealId, stage, reason, lostAt}}, followed by {@code owner, sharedWith} when
 * the publisher tells who worked the deal ({@link WorkedBy}; contract-service does).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DealLost(UUID dealId, Stage stage, String reason, Instant lostAt,
        @Nullable @JsonUnwrapped WorkedBy workedBy) {

    public static final String TOPIC = "sales.deal.lost";

    /** Who worked the deal when it was lost: its owner (null: unassigned) and the sellers it was shared with. */
    public record WorkedBy(@Nullable String owner, List<String> sharedWith) {
    }

    /** A loss as a stage publishes it, without saying who worked the deal. */
    public static DealLost at(Stage stage, UUID dealId, String reason, Instant lostAt) {
        return new DealLost(dealId, stage, reason, lostAt, null);
    }

    /** A loss as contract-service publishes it: with who worked the deal. */
    public static DealLost at(Stage stage, UUID dealId, String reason, Instant lostAt, String owner,
            Collection<String> sharedWith) {
        return new DealLost(dealId, stage, reason, lostAt, new WorkedBy(owner, List.copyOf(sharedWith)));
    }

    /**
     * Reads any publisher's loss: the stage by name, in any case (an unknown one is no stage: null);
     * who worked the deal when the publisher tells it.
     */
    @JsonCreator
    static DealLost read(@JsonProperty("dealId") UUID dealId, @JsonProperty("stage") String stage,
            @JsonProperty("reason") String reason, @JsonProperty("lostAt") Instant lostAt,
            @JsonProperty("owner") String owner, @JsonProperty("sharedWith") List<String> sharedWith) {
        WorkedBy workedBy = owner == null && sharedWith == null ? null : new WorkedBy(owner, sharedWith);
        return new DealLost(dealId, Stage.parse(stage).orElse(null), reason, lostAt, workedBy);
    }

    /** The CloudEvent type a stage publishes it as, e.g. {@code io.salespipeline.prospect.DealLost.v1}. */
    public static String type(Stage stage) {
        return "io.salespipeline." + stage.name().toLowerCase(Locale.ROOT) + ".DealLost.v1";
    }

    public String owner() {
        return workedBy == null ? null : workedBy.owner();
    }

    public List<String> sharedWith() {
        return workedBy == null ? null : workedBy.sharedWith();
    }

    public Optional<Stage> lostIn() {
        return Optional.ofNullable(stage);
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

    /**
     * This loss once its time is checked: lost no later than now (a loss stated in the future would
     * be kept as if it were true). Every stage's consumer takes a loss in through it.
     */
    public DealLost checked() {
        StatedTimes.notInFuture("lostAt", lostAt);
        return this;
    }

    public Instant lostAtOr(Instant fallback) {
        return lostAt == null ? fallback : lostAt;
    }
}
