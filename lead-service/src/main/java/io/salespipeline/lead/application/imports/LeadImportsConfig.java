package io.salespipeline.lead.application.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bulk imports: {@code sales.lead-imports.*}. */
@ConfigMapping(prefix = "sales.lead-imports")
public interface LeadImportsConfig {

    /** Rows per batch: one statement and one commit each. */
    @WithDefault("1000")
    int batchSize();

    /** Threads that check and normalise a file's batches ahead of the writer; 0: the reading thread does. */
    @WithDefault("0")
    int normalisers();

    /** Imports run at the same time on this replica. */
    @WithDefault("1")
    int workers();

    /** An unfinished import whose worker showed no sign of life for this long is taken over. */
    @WithDefault("60s")
    Duration staleAfter();

    /** How often stale imports are looked for (read by ImportWorkers' schedule). */
    @WithDefault("15s")
    Duration recoveryInterval();
}
