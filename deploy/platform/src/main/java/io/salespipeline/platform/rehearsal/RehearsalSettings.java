package io.salespipeline.platform.rehearsal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Whether the hand-offs are rehearsed at start, and how long one may take ({@code sales.rehearsal.*}). */
@ConfigMapping(prefix = "sales.rehearsal")
public interface RehearsalSettings {

    @WithDefault("true")
    boolean enabled();

    /** A rehearsal that takes longer is given up (and the service reports ready without it). */
    @WithDefault("PT30S")
    Duration timeout();
}
