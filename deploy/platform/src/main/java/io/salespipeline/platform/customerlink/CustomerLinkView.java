package io.salespipeline.platform.customerlink;

import java.time.Instant;
import java.util.UUID;

/** A link as the seller sees it: never its token or URL (the seller must not act as the customer). */
public record CustomerLinkView(UUID id, CustomerLinkPurpose purpose, UUID dealId, UUID recordId, int recordVersion,
        String contactName, String contactEmail, LinkState state, String issuedBy, Instant issuedAt,
        Instant expiresAt, Instant usedAt, Instant revokedAt, String revokedBy, UUID replacedBy) {

    public static CustomerLinkView of(CustomerLink link, Instant now) {
        return new CustomerLinkView(link.id(), link.purpose(), link.dealId(), link.recordId(), link.recordVersion(),
                link.contact().name(), link.contact().email(), link.state(now), link.issuedBy(), link.issuedAt(),
                link.expiresAt(), link.usedAt(), link.revokedAt(), link.revokedBy(), link.replacedBy());
    }
}
