package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.security.ApiKeyHash;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An integration's key for lead intake. Only its SHA-256 is stored; the plaintext is shown once,
 * when the key is issued. A revoked key authenticates nobody, for good.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    private String integration;
    private String keyHash;
    private String keyPrefix;
    private String createdBy;
    private Instant createdAt;
    private Instant revokedAt;
    private String revokedBy;

    protected ApiKey() {
        // for JPA
    }

    /** A new key and its plaintext, which exists only in this return value. */
    public record Issued(ApiKey key, String plaintext) {
    }

    public static Issued issue(String integration, String actor, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plaintext = "spk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey();
        key.id = Ids.newId();
        key.integration = Require.text("name", integration, 100);
        key.keyHash = ApiKeyHash.of(plaintext);
        key.keyPrefix = plaintext.substring(0, 10);
        key.createdBy = actor;
        key.createdAt = now;
        return new Issued(key, plaintext);
    }

    public void revoke(String actor, Instant now) {
        if (revokedAt != null) {
            throw new IllegalTransitionException("api key", Status.REVOKED, "revocation");
        }
        revokedAt = now;
        revokedBy = actor;
    }

    public enum Status { ACTIVE, REVOKED }

    public Status status() {
        return revokedAt == null ? Status.ACTIVE : Status.REVOKED;
    }

    public UUID id() { return id; }
    public String integration() { return integration; }
    public String keyPrefix() { return keyPrefix; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant revokedAt() { return revokedAt; }
}
