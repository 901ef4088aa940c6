package io.salespipeline.lead.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The named regions a routing rule may cover instead of a country list, each its countries (ISO 3166 alpha-2). */
public record Territories(Map<String, Set<String>> regions) {

    public Territories {
        Map<String, Set<String>> normalised = new TreeMap<>();
        regions.forEach((name, countries) -> normalised.put(name.toLowerCase(Locale.ROOT),
                countries.stream().map(Territories::country).collect(Collectors.toUnmodifiableSet())));
        regions = Map.copyOf(normalised);
    }

    public boolean knows(String region) {
        return region != null && regions.containsKey(region.toLowerCase(Locale.ROOT));
    }

    /** The region's countries; none for a region no longer configured (a rule naming it matches nothing). */
    public Set<String> countriesOf(String region) {
        return regions.getOrDefault(region.toLowerCase(Locale.ROOT), Set.of());
    }

    /** A country code as rules and leads compare it: trimmed, upper-case; null stays null. */
    public static String country(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
