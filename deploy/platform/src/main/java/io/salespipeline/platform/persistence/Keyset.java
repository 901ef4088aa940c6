package io.salespipeline.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.salespipeline.platform.web.PageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * One keyset page of a list: the rows after the cursor in id order (ids are UUIDv7, so this is
 * creation order), narrowed by the filters that are set.
 * <pre>
 * Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("status", status);
 * return keyset.fetch(Lead.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
 * </pre>
 */
public final class Keyset {

    public static final Sort ORDER = Sort.by("id");

    private final PageRequest page;
    private final List<String> where = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    private Keyset(PageRequest page) {
        this.page = page;
        if (page.after() != null) {
            where.add("id > :after");
            parameters.and("after", page.after());
        }
    }

    public static Keyset after(PageRequest page) {
        return new Keyset(page);
    }

    /** Adds {@code field = :field} when the value is given; a null filter is no filter. */
    public Keyset equal(String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            parameters.and(field, value);
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

    public String query() {
        return String.join(" and ", where);
    }

    public Parameters parameters() {
        return parameters;
    }

    /** Fetches limit + 1 rows (range is inclusive): the extra row only tells Page.of that more exist. */
    public <T> List<T> fetch(PanacheQuery<T> query) {
        return query.range(0, page.limit()).list();
    }
}
