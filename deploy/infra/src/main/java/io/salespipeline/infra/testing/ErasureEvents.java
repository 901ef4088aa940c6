package io.salespipeline.infra.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** Test tool: erasure requests as lead-service publishes them, and the confirmations services send back. */
public final class ErasureEvents {

    public static final String REQUESTED = "privacy.erasure.requested";
    public static final String CONFIRMED = "privacy.erasure.confirmed";

    private ErasureEvents() {
    }

    /** Publishes {@code privacy.erasure.requested} (key and subject: the erasureId) under the given event id. */
    public static void request(String kafka, String eventId, UUID erasureId, String email, List<UUID> dealIds) {
        String hash = email == null ? "null" : "\"" + sha256(email.strip().toLowerCase(Locale.ROOT)) + "\"";
        String deals = dealIds.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(", "));
        String json = """
                {"erasureId": "%s", "emailSha256": %s, "dealIds": [%s], "requestedAt": "2026-11-23T23:00:00Z",
                 "addedLater": {"ignored": true}}""".formatted(erasureId, hash, deals);
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(REQUESTED, eventId, "io.salespipeline.lead.ErasureRequested.v1", erasureId, json);
        }
    }

    /** Waits for the confirmation of this request on a tap opened on {@link #CONFIRMED}. */
    public static EventTap.Event awaitConfirmation(EventTap tap, UUID erasureId) {
        return tap.await(e -> erasureId.toString().equals(e.key()), Duration.ofSeconds(90));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
