package io.salespipeline.platform.inbox;

import io.smallrye.config.WithDefault;
import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How often and how patiently a failing event is tried again before it is parked ({@code sales.inbox.*}). */
@ConfigMapping(prefix = "sales.inbox")
public interface InboxSettings {

    @WithDefault("3")
    int retries();

    /** The first pause; each next one doubles, up to twenty times this. */
    @WithDefault("PT0.2S")
    Duration firstBackOff();

    /**
     * The longest pause between tries while the database is unavailable (tried until it is back):
     * short, so that an event waits at most this long after the database's return.
     */
    @WithDefault("PT2S")
    Duration outageBackOff();

    /**
     * How long an event whose encrypted fields name a person's key not received yet is tried again
     * (the key travels on privacy.person-keys, the event on its own topic) before it is parked.
     */
    @WithDefault("PT2M")
    Duration keyWait();
}
