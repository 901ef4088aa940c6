package io.salespipeline.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay works ({@code sales.outbox.*}). */
@ConfigMapping(prefix = "sales.outbox")
public interface OutboxSettings {

    /** Events sent per transaction; the relay loops while a batch comes back full. */
    @WithDefault("200")
    int batchSize();

    /** How long a sent event stays in the table (for audit and re-drive) before it is purged. */
    @WithDefault("P7D")
    Duration retention();

    /** How often the relay looks when nothing woke it; read by its {@code @Scheduled} expression. */
    @WithDefault("1s")
    String pollInterval();
}
