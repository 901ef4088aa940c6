package io.salespipeline.proposal.events;

import io.salespipeline.platform.privacy.Personal;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the customer's contact is given a link to decide on a sent
 * proposal (sent, a revision sent, or the seller re-issued the link): for whatever sends e-mail.
 * {@code url} is the page, with the link's token in it (this event is the only place it appears);
 * {@code purpose} is {@code PROPOSAL_DECISION}; the link is for exactly proposal {@code recordId}
 * version {@code recordVersion} and ends at {@code expiresAt}. {@code replacesLinkId} names the
 * contact's earlier link it revoked. The contact's name and e-mail are encrypted with the key of
 * person {@code contactId}. Owned by proposal-service; consumers read it tolerantly.
 */
public record CustomerActionRequested(UUID linkId, String purpose, UUID dealId, UUID recordId, int recordVersion,
        UUID contactId, @Personal(person = "contactId") String contactName,
        @Personal(person = "contactId") @Nullable String contactEmail, String url, Instant expiresAt,
        String requestedBy, Instant requestedAt, @Nullable UUID replacesLinkId) {

    public static final String TOPIC = "sales.proposal.customer-action-requested";
    public static final String TYPE = "io.salespipeline.proposal.CustomerActionRequested.v1";
}
