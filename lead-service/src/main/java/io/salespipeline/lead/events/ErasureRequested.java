package io.salespipeline.lead.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} (key and subject: the erasureId) when a person asked to be
 * forgotten. It names the person only by the deals their data hangs off and by the SHA-256 of
 * their normalised e-mail address (null when the lead had none); never by the address itself.
 */
public record ErasureRequested(UUID erasureId, @Nullable String emailSha256, List<UUID> dealIds, Instant requestedAt) {

    public static final String TOPIC = "privacy.erasure.requested";
    public static final String TYPE = "io.salespipeline.lead.ErasureRequested.v1";
}
