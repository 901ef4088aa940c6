package io.salespipeline.lead.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.salespipeline.lead.application.apikeys.ApiKeys;
import io.salespipeline.lead.application.CallerPrincipal;
import io.salespipeline.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * An active key becomes the identity of its integration (named by the integration, keyed by the
 * key's id: {@link CallerPrincipal}), with the role {@code integration}; any other key is refused (401).
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    @Inject
    ApiKeys keys;

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> keys.active(request.key())
                .map(key -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(key.integration()))
                        .addRole(Roles.INTEGRATION)
                        // What the integration owns is keyed by this, never by its (freely chosen) name.
                        .addAttribute(CallerPrincipal.API_KEY_ID, key.id().toString())
                        .build())
                .orElseThrow(AuthenticationFailedException::new));
    }
}
