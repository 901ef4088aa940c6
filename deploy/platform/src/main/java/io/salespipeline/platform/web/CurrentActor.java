package io.salespipeline.platform.web;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.salespipeline.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is acting, for audit fields and the {@code actor} of events:
 * <ul>
 * <li>a person: "{subject} ({role})", e.g. "sam.seller (seller)";</li>
 * <li>an integration (API key): the integration's name;</li>
 * <li>an anonymous web form: "web-form:{formId}", once the resource called {@link #actAs};</li>
 * <li>"anonymous" for any other unauthenticated request, "system" outside a request
 * (event consumers, scheduled jobs).</li>
 * </ul>
 */
@ApplicationScoped
public class CurrentActor {

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    Instance<ActorOverride> override;

    public String name() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        String named = override.get().name();
        if (named != null) {
            return named;
        }
        SecurityIdentity current = identity.get();
        if (current == null || current.isAnonymous()) {
            return "anonymous";
        }
        return describe(current);
    }

    /** The subject of the current person or integration, {@code null} when anonymous or outside a request. */
    public String subject() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity current = identity.get();
        if (current == null || current.isAnonymous()) {
            return null;
        }
        return current.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : current.getPrincipal().getName();
    }

    /** Names the actor of this request explicitly, e.g. {@code actAs("web-form:" + formId)} for an anonymous form. */
    public void actAs(String actor) {
        override.get().name(actor);
    }

    static String describe(SecurityIdentity identity) {
        if (identity.hasRole(Roles.INTEGRATION)) {
            return identity.getPrincipal().getName();
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName();
        String roles = Roles.PEOPLE.stream().filter(identity::hasRole).collect(Collectors.joining(", "));
        return roles.isEmpty() ? subject : subject + " (" + roles + ")";
    }
}
