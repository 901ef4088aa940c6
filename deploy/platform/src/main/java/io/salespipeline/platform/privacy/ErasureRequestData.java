package io.salespipeline.platform.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a service reads from {@code privacy.erasure.requested} (owned by lead-service), as a
 * tolerant reader: the person is found by the deals their data hangs off and by the SHA-256 of
 * their normalised e-mail address ({@link EmailAddress}); the address itself is never sent.
 */
public record ErasureRequestData(UUID erasureId, String emailSha256, List<UUID> dealIds, Instant requestedAt) {

    public static final String TOPIC = "privacy.erasure.requested";

    public ErasureRequestData {
        dealIds = dealIds == null ? List.of() : List.copyOf(dealIds);
    }
}
