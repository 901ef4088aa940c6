package io.salespipeline.contract.events;

import io.salespipeline.platform.privacy.Personal;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value CustomerActionRequested#TOPIC} (the stream whatever sends e-mail reads) when
 * the customer asks for a one-time code on their signing link's page: {@code code} is to be e-mailed
 * to {@code contactEmail} and nowhere else (the seller never sees it). It is valid until
 * {@code expiresAt} for {@code maxAttempts} tries, for link {@code linkId} only. The contact's name
 * and e-mail are encrypted with the key of person {@code contactId}. Owned by contract-service.
 */
public record SigningCodeSent(UUID linkId, UUID dealId, UUID contractId, UUID contactId,
        @Personal(person = "contactId") String contactName, @Personal(person = "contactId") String contactEmail,
        String code, Instant expiresAt, int maxAttempts, Instant sentAt) {

    public static final String TOPIC = CustomerActionRequested.TOPIC;
    public static final String TYPE = "io.salespipeline.contract.SigningCodeSent.v1";
}
