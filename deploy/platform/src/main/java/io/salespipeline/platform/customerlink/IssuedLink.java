package io.salespipeline.platform.customerlink;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** A link as its issuer gets it back; the URL holds the token, so it goes to the contact only (the event). */
public record IssuedLink(UUID linkId, URI url, Instant expiresAt, UUID replacesLinkId) {
}
