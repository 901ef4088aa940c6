package io.salespipeline.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a service that could not verify tokens properly: without an expected issuer
 * smallrye-jwt would accept tokens of any issuer signed by the key, without an expected audience
 * tokens the same issuer minted for any other of its applications, and without a key every
 * request would fail with 401 long after a deployment looked healthy. Fail closed, at start.
 */
@ApplicationScoped
public class VerificationConfigCheck {

    void onStart(@Observes StartupEvent start, Config config) {
        check(config);
    }

    static void check(Config config) {
        boolean issuer = present(config, "mp.jwt.verify.issuer");
        boolean audience = present(config, "mp.jwt.verify.audiences");
        boolean key = present(config, "mp.jwt.verify.publickey.location") || present(config, "mp.jwt.verify.publickey");
        if (!issuer || !audience || !key) {
            throw new IllegalStateException("Token verification is not configured: set MP_JWT_VERIFY_ISSUER (the "
                    + "OIDC issuer), MP_JWT_VERIFY_AUDIENCES (the audience its tokens name for this application, "
                    + "e.g. sales-pipeline) and MP_JWT_VERIFY_PUBLICKEY_LOCATION (its JWKS URL, or a PEM file). "
                    + "./deploy/run-local.sh and the test resource SalesInfrastructure set all three for local use.");
        }
    }

    private static boolean present(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank()).isPresent();
    }
}
