package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.application.Surveys;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An issued survey invitation: the link to send to the customer (sendTo: the customer's contact
 * e-mail). The token and url are in this answer only; issuing again gives a new one.
 */
@Schema(description = "A survey invitation just issued: the link to send to the customer. The token (and the url "
        + "holding it) appear in this answer only: the service keeps only its hash.")
public record SurveyInvitationView(
        @Schema(required = true, description = "The invitation's id (the same when an order's invitation is issued "
                + "again).", examples = "0193a3e1-4d2c-7b3a-9c8d-7e6f5a4b3c2d") UUID id,
        @Schema(required = true, description = "The customer invited.", examples = "0193a3d1-2b4c-7e5f-8a6b-7c8d9e0f1a2b")
        UUID customerId,
        @Schema(nullable = true, description = "The order the survey is about; null for a survey about the "
                + "relationship as a whole.", examples = "0193a3d1-9f00-7a11-8b22-3c4d5e6f7a8b") UUID orderId,
        @Schema(nullable = true, format = "email", description = "Where to send the link: the customer's contact "
                + "e-mail; null when the customer has none (or it was erased): deliver the link another way.",
                examples = "maria.schmidt@acme.example") String sendTo,
        @Schema(required = true, format = "uri", description = "The link the customer answers at: the configured "
                + "answer page (sales.survey.link-base) followed by the token.",
                examples = "https://survey.salespipeline.io/survey/q3Jv8tXw0bYc2nLk5mR7sP9uA1dF4gH6jK8lZ0xC2vB")
        String url,
        @Schema(required = true, description = "The single-use token (256 random bits, base64url): the customer's "
                + "permission to answer, POST /api/survey-responses/{token}.",
                examples = "q3Jv8tXw0bYc2nLk5mR7sP9uA1dF4gH6jK8lZ0xC2vB") String token,
        @Schema(required = true, description = "When the link stops working (UTC): issuedAt plus "
                + "sales.survey.invitation-validity (14 days by default).", examples = "2026-04-29T14:00:00Z")
        Instant expiresAt,
        @Schema(required = true, description = "Who issued it: the staff member, as \"subject (role)\".",
                examples = "ana.support (support)") String issuedBy,
        @Schema(required = true, description = "When it was issued (UTC).", examples = "2026-04-15T14:00:00Z")
        Instant issuedAt) {

    static SurveyInvitationView of(Surveys.Issued issued) {
        var invitation = issued.invitation();
        return new SurveyInvitationView(invitation.id(), invitation.customerId(), invitation.orderId(),
                issued.sendTo(), issued.url(), issued.token(), invitation.expiresAt(), invitation.issuedBy(),
                invitation.issuedAt());
    }
}
