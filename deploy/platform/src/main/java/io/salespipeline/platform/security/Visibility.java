package io.salespipeline.platform.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Object-level access (OWASP API1, BOLA), decided once: a sales manager sees all of sales, a
 * seller only the records they own or that are shared with them; support (in fulfillment) only
 * what they are support owner of. Consumers and jobs (no request) see everything. A record the
 * caller may not see answers 404 exactly like a missing one, so ids leak nothing.
 */
@ApplicationScoped
public class Visibility {

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    CurrentActor actor;

    /**
     * The subject whose records the caller is limited to, or empty when the caller sees every
     * record (sales manager, or no request at all).
     */
    public Optional<String> restrictedTo() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        SecurityIdentity current = identity.get();
        if (current == null || current.isAnonymous()) {
            return Optional.of(""); // sees nothing
        }
        if (current.hasRole(Roles.SALES_MANAGER)) {
            return Optional.empty();
        }
        return Optional.ofNullable(actor.subject()).or(() -> Optional.of(""));
    }

    /** Refuses (as not found) a record the caller may not see. */
    public void check(String record, UUID id, String owner, Collection<String> sharedWith) {
        if (!sees(owner, sharedWith)) {
            throw new RecordNotFoundException(record, id);
        }
    }

    /**
     * The record looked up by id, if the caller may see it: a missing record and one they may not
     * see answer the same 404. Every read and change of a record by id starts here.
     */
    public <T extends OwnedRecord> T visible(String record, UUID id, Optional<T> found) {
        return found.filter(this::sees).orElseThrow(() -> new RecordNotFoundException(record, id));
    }

    /** Whether the caller may see the record: its owner, someone it is shared with, or a sales manager. */
    public boolean sees(OwnedRecord record) {
        return sees(record.owner(), record.sharedWith());
    }

    private boolean sees(String owner, Collection<String> sharedWith) {
        Optional<String> viewer = restrictedTo();
        return viewer.isEmpty() || viewer.get().equals(owner) || sharedWith.contains(viewer.get());
    }

    /** True when the caller may assign owners and share records of others (sales manager). */
    public boolean seesAll() {
        return restrictedTo().isEmpty();
    }

    /** True for an integration (API key): records it creates have no owner until a manager assigns one. */
    public boolean isIntegration() {
        return callerHas(Roles.INTEGRATION);
    }

    /** True for a seller: what they create is theirs. */
    public boolean isSeller() {
        return callerHas(Roles.SELLER);
    }

    /** Whether a request's caller has the role; outside a request (consumers, jobs) nobody has. */
    private boolean callerHas(String role) {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        SecurityIdentity current = identity.get();
        return current != null && current.hasRole(role);
    }

    /** Changes reserved to a record's owner or a sales manager; others who can see it get 403. */
    public void requireOwnerOrManager(String owner) {
        Optional<String> viewer = restrictedTo();
        if (viewer.isPresent() && !viewer.get().equals(owner)) {
            throw new io.quarkus.security.ForbiddenException("Only the owner or a sales manager may do this.");
        }
    }
}
