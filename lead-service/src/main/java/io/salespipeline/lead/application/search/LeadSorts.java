package io.salespipeline.lead.application.search;

import io.salespipeline.lead.domain.Lead;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.persistence.KeysetSort;
import java.time.Instant;
import java.util.List;

/** The sorts a lead list offers (each backed by an index, see V31): newest first by default. */
public final class LeadSorts {

    public static final KeysetSort<Lead> NEWEST =
            KeysetSort.of("createdAt,desc", "createdAt", true, Instant.class, Lead::createdAt, Lead::id);
    public static final KeysetSort<Lead> OLDEST =
            KeysetSort.of("createdAt,asc", "createdAt", false, Instant.class, Lead::createdAt, Lead::id);
    public static final KeysetSort<Lead> NAME =
            KeysetSort.of("name,asc", "sortName", false, String.class, Lead::sortName, Lead::id);

    private static final List<KeysetSort<Lead>> ALL = List.of(NEWEST, OLDEST, NAME);

    private LeadSorts() {
    }

    public static KeysetSort<Lead> named(String name) {
        if (name == null || name.isBlank()) {
            return NEWEST;
        }
        return ALL.stream().filter(sort -> sort.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("sort",
                        "must be one of " + ALL.stream().map(KeysetSort::name).toList()));
    }
}
