package io.salespipeline.lead.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The plaintext of an {@code X-Api-Key} header, on its way to {@link ApiKeyIdentityProvider}. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
