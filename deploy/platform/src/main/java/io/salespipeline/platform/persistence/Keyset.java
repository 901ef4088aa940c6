package io.salespipeline.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.salespipeline.platform.web.PageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * One keyset page of a list, narrowed by the filters that are set: the rows after the cursor in
 * id order (ids are UUIDv7, so this is creation order), or in a chosen {@link KeysetSort}.
 * <pre>
 * Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("status", status);
 * return keyset.fetch(Lead.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
 *
 * Keyset keyset = Keyset.sorted(page, NEWEST).equal("status", status).where("createdAt >= :from", "from", from);
 * return keyset.fetch(Lead.find(keyset.orderedQuery(), keyset.parameters()));
 * </pre>
 */
public final class Keyset {

    public static final Sort ORDER = Sort.by("id");

    private final PageRequest page;
    private final KeysetSort<?> sort;
    private final List<String> where = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    private Keyset(PageRequest page, KeysetSort<?> sort) {
        this.page = page;
        this.sort = sort;
        if (page.after() == null) {
            return;
        }
        if (sort == null) {
            where.add("id > :after");
        } else {
            // A row-value comparison: PostgreSQL walks the (key, id) index from the cursor on.
            where.add("(" + sort.key() + ", id) " + (sort.descending() ? "<" : ">") + " (:afterKey, :after)");
            parameters.and("afterKey", sort.parseKey(page.afterKey()));
        }
        parameters.and("after", page.after());
    }

    public static Keyset after(PageRequest page) {
        return new Keyset(page, null);
    }

    /** A page in the given sort; the request must come from {@code PageRequest.of(cursor, limit, sort.name())}. */
    public static Keyset sorted(PageRequest page, KeysetSort<?> sort) {
        if (!sort.name().equals(page.sort())) {
            throw new IllegalArgumentException("page request of sort " + page.sort() + " for sort " + sort.name());
        }
        return new Keyset(page, sort);
    }

    /** Adds {@code field = :field} when the value is given; a null filter is no filter. */
    public Keyset equal(String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            parameters.and(field, value);
        }
        return this;
    }

    /** Adds an HQL condition with one named parameter when the value is given (ranges, patterns). */
    public Keyset where(String condition, String parameter, Object value) {
        if (value != null) {
            where.add(condition);
            parameters.and(parameter, value);
        }
        return this;
    }

    /** Adds {@code field <= :field} when the value is given (e.g. follow-ups due by a date). */
    public Keyset atMost(String field, Object value) {
        if (value != null) {
            where.add(field + " <= :" + field);
            parameters.and(field, value);
        }
        return this;
    }

    /** Adds {@code field in :field} when the values are given. */
    public Keyset in(String field, java.util.Collection<?> values) {
        if (values != null) {
            where.add(field + " in :" + field);
            parameters.and(field, values);
        }
        return this;
    }

    /**
     * Narrows the list to what a restricted caller may see (see {@code Visibility.restrictedTo()}):
     * the records they own or that are shared with them. Needs the entity fields {@code owner} and
     * {@code sharedWith} (a collection of subjects). Empty: no restriction.
     */
    public Keyset visibleTo(java.util.Optional<String> viewer) {
        viewer.ifPresent(subject -> {
            where.add("(owner = :viewer or :viewer member of sharedWith)");
            parameters.and("viewer", subject);
        });
        return this;
    }

    /** Narrows the list to records whose {@code field} is the restricted caller's subject. */
    public Keyset ownedBy(String field, java.util.Optional<String> viewer) {
        viewer.ifPresent(subject -> {
            where.add(field + " = :viewer");
            parameters.and("viewer", subject);
        });
        return this;
    }

    /** The where clause alone (id order: use with {@link #ORDER}). */
    public String query() {
        return String.join(" and ", where);
    }

    /** The where clause and its order by, for Panache's {@code find(query, parameters)}. */
    public String orderedQuery() {
        String order = " order by " + (sort == null ? "id asc" : sort.orderBy());
        return where.isEmpty() ? order.strip() : query() + order;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** Fetches limit + 1 rows (range is inclusive): the extra row only tells Page.of that more exist. */
    public <T> List<T> fetch(PanacheQuery<T> query) {
        return query.range(0, page.limit()).list();
    }
}
