package io.salespipeline.platform.stall;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * When a deal counts as stalled at this service's stage: its record is in one of the open
 * statuses and has not changed for {@code after-days} days. The stage's records live in
 * {@code table} (columns id, deal_id, status, owner, updated_at); without it the stage watches none.
 */
@ConfigMapping(prefix = "sales.stalled")
public interface StallSettings {

    /** The table of the stage's records; absent: no stalled-deal watch at this stage. */
    Optional<String> table();

    /** The statuses in which a record still waits for something to happen. */
    Optional<List<String>> openStatuses();

    /** Days without any change after which an open record's deal is stalled. */
    @WithDefault("14")
    int afterDays();

    /** How often the watch looks (read by its {@code @Scheduled}). */
    @WithDefault("1h")
    String checkInterval();

    /** The most stalls one detection run records (the next run takes the rest). */
    @WithDefault("500")
    int batchSize();
}
