package io.salespipeline.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.salespipeline.platform.web.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

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
        return orderedQuery(where);
    }

    private String orderedQuery(List<String> conditions) {
        String order = "order by " + (sort == null ? "id asc" : sort.orderBy());
        return conditions.isEmpty() ? order : String.join(" and ", conditions) + " " + order;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** Fetches limit + 1 rows (range is inclusive): the extra row only tells Page.of that more exist. */
    public <T> List<T> fetch(PanacheQuery<T> query) {
        return query.range(0, page.limit()).list();
    }

    /** Runs one query of this list (where clause and order by): {@code (query, parameters) -> Lead.find(query, parameters)}. */
    @FunctionalInterface
    public interface Finder<T> {
        PanacheQuery<T> find(String query, Parameters parameters);
    }

    /**
     * {@link #fetch} of the records the caller may see (see {@code Visibility.restrictedTo()};
     * empty: all): those they own, and those shared with them that they do not own, each read in
     * the list's order down its own index (limit + 1 rows each). When both halves have rows, the
     * page is the first limit + 1 of them in the list's order, which the database decides by
     * their ids (at most 2 (limit + 1) primary-key look-ups): its collation orders text, so no
     * Java comparator has to agree with it. One {@code owner = :viewer or :viewer member of
     * sharedWith} query would walk the sort's index past every record of others, checking each:
     * 155 000 of them made a seller's first page take 118 ms. Needs the entity fields {@code owner}
     * and {@code sharedWith} (a collection of subjects). Back it with an index on (owner, sort key,
     * id) and the share table's (subject, record id).
     */
    public <T> List<T> fetchVisible(Optional<String> viewer, Function<T, UUID> idOf, Finder<T> finder) {
        if (viewer.isEmpty()) {
            return fetch(finder.find(orderedQuery(), parameters));
        }
        List<T> owned = fetch(finder.find(orderedQuery(and(OWNED)), viewing(viewer.get())));
        List<T> shared = fetch(finder.find(orderedQuery(and(SHARED_NOT_OWNED)), viewing(viewer.get())));
        if (owned.isEmpty() || shared.isEmpty()) {
            return owned.isEmpty() ? shared : owned;
        }
        List<UUID> candidates = new ArrayList<>(owned.size() + shared.size());
        owned.forEach(row -> candidates.add(idOf.apply(row)));
        shared.forEach(row -> candidates.add(idOf.apply(row)));
        return fetch(finder.find(orderedQuery(List.of("id in :candidates")), Parameters.with("candidates", candidates)));
    }

    private static final String OWNED = "owner = :viewer";

    /**
     * An exists over the share table, not {@code member of} (which becomes a per-row {@code in}
     * PostgreSQL cannot turn into a join): PostgreSQL makes it a semi-join that it can start from
     * the share table's (subject, record id) index. Owned records are the other half's.
     */
    private static final String SHARED_NOT_OWNED = "owner is distinct from :viewer"
            + " and exists (select 1 from this.sharedWith sharer where sharer = :viewer)";

    private List<String> and(String condition) {
        List<String> conditions = new ArrayList<>(where);
        conditions.add(condition);
        return conditions;
    }

    private Parameters viewing(String viewer) {
        Parameters copy = new Parameters();
        parameters.map().forEach(copy::and);
        return copy.and("viewer", viewer);
    }
}
