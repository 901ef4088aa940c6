package io.salespipeline.fulfillment.application;

import io.salespipeline.platform.security.ApiKeyHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * The links sent to customers: a 256-bit random token (URL-safe), kept only as its SHA-256 (a
 * random value needs no slow hash, and a request finds its invitation by an indexed lookup), and
 * the URL of the answer page ({@link SurveyConfig#linkBase} + token).
 */
@ApplicationScoped
public class SurveyLinks {

    private final SecureRandom random = new SecureRandom();

    @Inject
    SurveyConfig config;

    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hash(String token) {
        return ApiKeyHash.of(token);
    }

    public String url(String token) {
        return config.linkBase() + token;
    }

    public Duration validity() {
        return config.invitationValidity();
    }
}
