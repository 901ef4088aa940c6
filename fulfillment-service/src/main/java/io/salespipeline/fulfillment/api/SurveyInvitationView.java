package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.application.Surveys;
import java.time.Instant;
import java.util.UUID;

/**
 * An issued survey invitation: the link to send to the customer (sendTo: the customer's contact
 * e-mail). The token and url are in this answer only; issuing again gives a new one.
 */
public record SurveyInvitationView(UUID id, UUID customerId, UUID orderId, String sendTo, String url, String token,
        Instant expiresAt, String issuedBy, Instant issuedAt) {

    static SurveyInvitationView of(Surveys.Issued issued) {
        var invitation = issued.invitation();
        return new SurveyInvitationView(invitation.id(), invitation.customerId(), invitation.orderId(),
                issued.sendTo(), issued.url(), issued.token(), invitation.expiresAt(), invitation.issuedBy(),
                invitation.issuedAt());
    }
}
