package io.salespipeline.fulfillment.events;

import io.salespipeline.platform.privacy.Personal;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the customer's contact is given a survey link ({@code purpose}
 * {@code SURVEY}): when an order is delivered, when staff invite the customer to a survey, or re-issue
 * a link; for whatever sends e-mail. {@code url} is the survey page, with the link's token in it (this
 * event is the only place it appears); {@code recordId} is the order (or the customer, for a survey
 * about the relationship). The contact's name and e-mail are encrypted with the key of person
 * {@code contactId} (the deal's). Owned by fulfillment-service; consumers read it tolerantly.
 */
public record CustomerActionRequested(UUID linkId, String purpose, UUID dealId, UUID recordId, int recordVersion,
        UUID contactId, @Personal(person = "contactId") String contactName,
        @Personal(person = "contactId") @Nullable String contactEmail, String url, Instant expiresAt,
        String requestedBy, Instant requestedAt, @Nullable UUID replacesLinkId) {

    public static final String TOPIC = "sales.fulfillment.customer-action-requested";
    public static final String TYPE = "io.salespipeline.fulfillment.CustomerActionRequested.v1";
}
