package io.salespipeline.platform.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.SortNatural;

/**
 * A deal's record at one stage (lead, prospect, proposal, contract) and who works it: its
 * {@code owner} (a seller's subject; null: unassigned, visible to sales managers only) and the
 * other sellers it is shared with. {@link Visibility} and {@code Keyset.fetchVisible} read these two
 * fields by name.
 * <p>
 * Each entity names its own collection table, as its migration made it ({@code <record>_shared_with}
 * keyed by {@code <record>_id}, one {@code subject} per row), with
 * {@code @AssociationOverride(name = "sharedWith", joinTable = ...)}.
 */
@MappedSuperclass
public abstract class OwnedRecord extends PanacheEntityBase {

    private String owner;
    // Its own (batched) select: joined with a record's other collections it would repeat their rows.
    @ElementCollection(fetch = FetchType.EAGER)
    @Column(name = "subject")
    @Fetch(FetchMode.SELECT)
    @SortNatural // in name order, in the API and in events
    @BatchSize(size = 100)
    private Set<String> sharedWith = new TreeSet<>();

    /** Who works the record from now on: the previous stage's seller, or a sales manager's choice; null: unassigned. */
    public void assignOwner(String newOwner, Instant now) {
        owner = newOwner == null ? null : Require.text("owner", newOwner, 200);
        touched(now);
    }

    /** The other sellers who may see and work the record besides its owner (replaces the list; null: nobody). */
    public void shareWith(Collection<String> subjects, Instant now) {
        Set<String> checked = Ownership.checkedSubjects(subjects);
        sharedWith.clear();
        sharedWith.addAll(checked);
        touched(now);
    }

    public String owner() {
        return owner;
    }

    /** In subject order. */
    public Set<String> sharedWith() {
        return Collections.unmodifiableSet(sharedWith);
    }

    /** The deal the record belongs to; null while it has none (a lead not qualified). */
    public abstract UUID dealId();

    /** The record changed at {@code now} (it keeps its own {@code updatedAt}). */
    protected abstract void touched(Instant now);
}
