package io.salespipeline.contract.events;

import io.salespipeline.platform.privacy.Personal;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the customer's contact is given a link for the contract
 * ({@code purpose} {@code CONTRACT_SIGNATURE} or {@code FIRST_ORDER}): when it is sent for
 * signature (again after a revision), or when the seller re-issues a link; for whatever sends
 * e-mail. {@code url} is the page, with the link's token in it (this event is the only place it
 * appears); {@code recordId} is the contract. The contact's name and e-mail are encrypted with
 * the key of person {@code contactId}. Owned by contract-service; consumers read it tolerantly.
 */
public record CustomerActionRequested(UUID linkId, String purpose, UUID dealId, UUID recordId, int recordVersion,
        UUID contactId, @Personal(person = "contactId") String contactName,
        @Personal(person = "contactId") @Nullable String contactEmail, String url, Instant expiresAt,
        String requestedBy, Instant requestedAt, @Nullable UUID replacesLinkId) {

    public static final String TOPIC = "sales.contract.customer-action-requested";
    public static final String TYPE = "io.salespipeline.contract.CustomerActionRequested.v1";
}
