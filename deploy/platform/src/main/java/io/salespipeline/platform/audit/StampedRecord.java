package io.salespipeline.platform.audit;

import io.salespipeline.platform.security.OwnedRecord;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * An owned record with its stamps: who created it and when, and when it last changed (each of
 * its changes touches it, an owner or sharing change too). The audit trail says what changed;
 * the stamps are what lists show, filter and sort by ({@code createdAt}, {@code updatedAt}).
 */
@MappedSuperclass
public abstract class StampedRecord extends OwnedRecord {

    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    /** Stamps a new record: created by {@code actor} now, unchanged since. */
    protected void created(String actor, Instant now) {
        createdBy = actor;
        createdAt = now;
        updatedAt = now;
    }

    @Override
    protected void touched(Instant now) {
        updatedAt = now;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
