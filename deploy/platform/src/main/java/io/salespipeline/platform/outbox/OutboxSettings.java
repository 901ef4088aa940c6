package io.salespipeline.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay works ({@code sales.outbox.*}). */
@ConfigMapping(prefix = "sales.outbox")
public interface OutboxSettings {

    /** Events claimed per batch; the relay loops while a batch comes back full. */
    @WithDefault("200")
    int batchSize();

    /** How long a sent event stays in the table (for audit and re-drive) before it is purged. */
    @WithDefault("P7D")
    Duration retention();

    /** How often the relay looks when nothing woke it; read by its {@code @Scheduled} expression. */
    @WithDefault("1s")
    String pollInterval();

    /**
     * How long one replica may relay alone after its last batch began ({@code RelayLease}); a
     * replica that died is taken over after this. A batch's send is bounded to a second less (and
     * so are the sales-outbox producer's timeouts).
     */
    @WithDefault("PT5S")
    Duration lease();

    /** While the relay cannot publish (broker or database away), it tries again this often. */
    @WithDefault("PT1S")
    Duration retryInterval();
}
