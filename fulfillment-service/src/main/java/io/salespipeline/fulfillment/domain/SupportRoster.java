package io.salespipeline.fulfillment.domain;

import io.salespipeline.platform.domain.Require;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The support staff who take over new customers, in roster order. Hand-off rule: a new customer
 * goes to the staff member who owns the fewest customers; a tie goes to the one earlier in the
 * roster. Deterministic, so the same counts always give the same owner.
 */
public record SupportRoster(List<String> staff) {

    public SupportRoster {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String name : staff == null ? List.<String>of() : staff) {
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("sales.support.staff names no support staff");
        }
        staff = List.copyOf(new ArrayList<>(names));
    }

    /**
     * The owner for a new customer, given how many customers each owns now (names missing from the
     * map own none; owners no longer on the roster do not count).
     */
    public String ownerFor(Map<String, Long> customersByOwner) {
        Require.present("customersByOwner", customersByOwner);
        String owner = null;
        long fewest = Long.MAX_VALUE;
        for (String name : staff) {
            long owned = customersByOwner.getOrDefault(name, 0L);
            if (owned < fewest) { // strictly fewer: on a tie the earlier name stays
                owner = name;
                fewest = owned;
            }
        }
        return owner;
    }

    /** Round robin: the name after {@code lastOwner} in the roster (the first when there is none or they left). */
    public String after(String lastOwner) {
        int index = lastOwner == null ? -1 : staff.indexOf(lastOwner);
        return staff.get((index + 1) % staff.size());
    }

    public boolean contains(String name) {
        return name != null && staff.contains(name.strip());
    }
}
