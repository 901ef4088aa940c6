package io.salespipeline.platform.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.salespipeline.platform.security.OwnedRecord;
import io.salespipeline.platform.stage.Stage;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * {@value #TOPIC}: who works a deal changed at one stage (its record was re-owned or its sharing
 * list replaced), so every other stage holding the deal's records follows. The one shape every
 * stage writes and reads (tolerantly: more fields may come and are ignored):
 * {@code {dealId, stage, owner, sharedWith, changedAt}}. It carries the whole access, not the
 * difference: owner null is unassigned (sales managers only), sharedWith missing or null is
 * nobody. {@code changedAt} orders the changes of a deal: an older one never overwrites a newer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DealAccessChanged(UUID dealId, String stage, @Nullable String owner, Set<String> sharedWith,
        Instant changedAt) {

    public static final String TOPIC = "sales.deal.access-changed";

    /** The access of a stage's record, as it is after the change at {@code changedAt}. */
    public static DealAccessChanged of(UUID dealId, Stage stage, OwnedRecord record, Instant changedAt) {
        return new DealAccessChanged(dealId, stage.name(), record.owner(), new TreeSet<>(record.sharedWith()),
                changedAt);
    }

    /** The CloudEvent type a stage publishes it as, e.g. {@code io.salespipeline.lead.DealAccessChanged.v1}. */
    public static String type(Stage stage) {
        return "io.salespipeline." + stage.name().toLowerCase(Locale.ROOT) + ".DealAccessChanged.v1";
    }

    public Optional<Stage> changedIn() {
        return Stage.parse(stage);
    }

    /** Whether this change is for {@code own} to follow: made in another, known stage. */
    public boolean concernsOtherStageThan(Stage own) {
        return changedIn().filter(changed -> changed != own).isPresent();
    }

    /** The sharing list as a record keeps it; missing is nobody. */
    public Set<String> sharedWithOrEmpty() {
        return sharedWith == null ? Set.of() : sharedWith;
    }
}
