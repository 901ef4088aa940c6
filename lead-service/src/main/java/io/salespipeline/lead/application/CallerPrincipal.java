package io.salespipeline.lead.application;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Who the caller is, as a typed key for what belongs to them (their imports, their
 * Idempotency-Key answers): {@code user:<subject>} for a person, {@code api-key:<key id>} for an
 * integration. The display name (CurrentActor) is for people to read; an admin chooses an
 * integration's name freely, so a key named "sam.seller (seller)" must not be Sam.
 */
@ApplicationScoped
public class CallerPrincipal {

    /** The identity attribute that carries the id of the API key a request authenticated with. */
    public static final String API_KEY_ID = "sales.api-key-id";

    /** What an integration's key starts with; the API key's id follows. */
    public static final String API_KEY_PREFIX = "api-key:";

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    CurrentActor actor;

    public String key() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        SecurityIdentity current = identity.get();
        if (current == null || current.isAnonymous()) {
            return "anonymous:" + actor.name();
        }
        Object keyId = current.getAttribute(API_KEY_ID);
        if (keyId != null) {
            return API_KEY_PREFIX + keyId;
        }
        return "user:" + actor.subject();
    }
}
