package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.HandOffPolicy;
import io.salespipeline.fulfillment.domain.HandOffRule;
import io.salespipeline.fulfillment.domain.SupportRegion;
import io.salespipeline.fulfillment.domain.SupportRoster;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code sales.support.*}: the roster, the hand-off rule ({@code fewest-customers},
 * {@code round-robin}, {@code fewest-open-orders}, {@code by-region}) and, for by-region,
 * {@code sales.support.regions.<name>.countries} / {@code .staff}.
 */
@ConfigMapping(prefix = "sales.support")
public interface SupportConfig {

    @WithDefault("fewest-customers")
    HandOffRule rule();

    List<String> staff();

    Map<String, Region> regions();

    interface Region {
        List<String> countries();

        List<String> staff();
    }

    default HandOffPolicy policy() {
        List<SupportRegion> regions = regions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new SupportRegion(e.getKey(), new HashSet<>(e.getValue().countries()),
                        new SupportRoster(e.getValue().staff())))
                .toList();
        return new HandOffPolicy(rule(), new SupportRoster(staff()), regions);
    }
}
