package io.salespipeline.platform.customerlink;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A link just issued, as the service's own {@code CustomerActionRequested} event tells it to
 * whatever sends e-mail: the page's URL (with the token: the event is the only place it appears),
 * the act, the record and version, the contact and the expiry.
 */
public record RequestedAction(UUID linkId, CustomerLinkPurpose purpose, UUID dealId, UUID recordId,
        int recordVersion, LinkContact contact, URI url, Instant expiresAt, String requestedBy, Instant requestedAt,
        UUID replacesLinkId) {
}
