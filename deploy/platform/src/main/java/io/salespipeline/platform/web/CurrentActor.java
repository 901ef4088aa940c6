package io.salespipeline.platform.web;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.Instance;

/**
 * Who is acting, for audit fields and the {@code actor} of events: the authenticated principal
 * of an HTTP request, "anonymous" where a request carries none, "system" outside a request
 * (event consumers, scheduled jobs).
 */
@ApplicationScoped
public class CurrentActor {

    @Inject
    Instance<SecurityIdentity> identity;

    public String name() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        SecurityIdentity current = identity.get();
        return current == null || current.isAnonymous() ? "anonymous" : current.getPrincipal().getName();
    }
}
