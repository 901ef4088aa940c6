package io.salespipeline.platform.privacy;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's data key on {@value #TOPIC} (compacted, key = keyId): wrapped by the master key
 * {@code masterKeyId}, published by the service that created it, kept by every service that reads
 * the person's encrypted fields. Its destruction is a record of the same key without key material
 * ({@code wrappedKey} null, {@code destroyedAt} set), which compaction keeps as the key's last word.
 */
public record PersonKeyRecord(UUID keyId, UUID personId, @Nullable String masterKeyId, @Nullable String wrappedKey,
        @Nullable Instant createdAt, @Nullable Instant destroyedAt) {

    public static final String TOPIC = "privacy.person-keys";
    public static final String TYPE = "io.salespipeline.privacy.PersonKey.v1";

    public boolean destroyed() {
        return wrappedKey == null;
    }
}
