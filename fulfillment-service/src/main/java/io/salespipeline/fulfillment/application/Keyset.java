package io.salespipeline.fulfillment.application;

import io.quarkus.panache.common.Parameters;
import io.salespipeline.platform.web.PageRequest;
import java.util.ArrayList;
import java.util.List;

/** Builds the where clause of a keyset page: after the cursor, plus the filters that are set. */
final class Keyset {

    private final List<String> where = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    Keyset(PageRequest page) {
        if (page.after() != null) {
            where.add("id > :after");
            parameters.and("after", page.after());
        }
    }

    /** Adds {@code field = :field} when the value is given. */
    Keyset equal(String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            parameters.and(field, value);
        }
        return this;
    }

    String query() {
        return String.join(" and ", where);
    }

    Parameters parameters() {
        return parameters;
    }
}
