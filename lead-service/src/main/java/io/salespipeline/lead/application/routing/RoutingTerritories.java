package io.salespipeline.lead.application.routing;

import io.salespipeline.lead.domain.Territories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The configured regions (sales.lead-routing.regions.<name>) as the routing domain reads them. */
@ApplicationScoped
public class RoutingTerritories {

    @Inject
    LeadRoutingConfig config;

    public Territories current() {
        Map<String, Set<String>> regions = config.regions().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new HashSet<>(e.getValue())));
        return new Territories(regions);
    }
}
