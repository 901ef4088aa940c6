package io.salespipeline.lead.application.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Group commit of new leads: {@code sales.lead-intake.*}. */
@ConfigMapping(prefix = "sales.lead-intake")
public interface LeadIntakeConfig {

    /** The most leads one group commit carries. */
    @WithDefault("128")
    int batchSize();

    /** Writer threads; 0 turns group commit off (every lead takes the single way). */
    @WithDefault("1")
    int writers();
}
