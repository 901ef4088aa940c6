package io.salespipeline.lead.application.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Lead routing: the regions a rule may name, and how often leads still waiting for routing are swept up. */
@ConfigMapping(prefix = "sales.lead-routing")
public interface LeadRoutingConfig {

    /** Region name to its countries (ISO 3166 alpha-2). */
    Map<String, List<String>> regions();

    /** Leads that were stored but not routed (the service stopped in between) are routed this often. */
    @WithDefault("10s")
    Duration sweepEvery();
}
