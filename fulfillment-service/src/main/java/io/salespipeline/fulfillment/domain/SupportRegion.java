package io.salespipeline.fulfillment.domain;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A support region: the countries it covers (ISO 3166 alpha-2) and the staff who serve them. */
public record SupportRegion(String name, Set<String> countries, SupportRoster staff) {

    public SupportRegion {
        countries = countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean covers(String country) {
        return country != null && countries.contains(country.strip().toUpperCase(Locale.ROOT));
    }
}
