package io.salespipeline.chaos;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every hand-off the clients waited for: from the upstream step's answer until the downstream
 * record was visible, with its wall-clock interval so each fault can name the slowest one it touched.
 */
final class HandOffs {

    record HandOff(String what, String dealId, long startMillis, long endMillis) {
        long millis() {
            return endMillis - startMillis;
        }
    }

    final List<HandOff> all = new CopyOnWriteArrayList<>();

    void add(String what, String dealId, long startMillis, long endMillis) {
        all.add(new HandOff(what, dealId, startMillis, endMillis));
    }

    /** The slowest hand-off whose interval overlaps [from, to], or null. */
    HandOff slowestBetween(long from, long to) {
        return all.stream().filter(h -> h.startMillis() <= to && h.endMillis() >= from)
                .max(java.util.Comparator.comparingLong(HandOff::millis)).orElse(null);
    }

    HandOff slowest() {
        return slowestBetween(Long.MIN_VALUE, Long.MAX_VALUE);
    }
}
