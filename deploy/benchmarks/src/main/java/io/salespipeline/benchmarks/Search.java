package io.salespipeline.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The search queries measured with a million leads (q and filters of issue 4's "Finding leads"). */
final class Search {

    private Search() {
    }

    static Map<String, String> queries(String deepCursor) {
        return new LinkedHashMap<>();
    }
}
