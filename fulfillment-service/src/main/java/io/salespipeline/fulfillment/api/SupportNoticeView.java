package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.domain.KnownPersonArrival;
import io.salespipeline.fulfillment.domain.SupportNotice;
import io.salespipeline.fulfillment.domain.SupportNoticeStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A support notice: which known person arrived again (ids only), when, for whom, and whether it was seen to. */
@Schema(description = "A known person of the customer's company arrived again at lead-service (a web form, ...): "
        + "told to the customer's support owner. Ids only; the person's details are on their lead in lead-service.")
public record SupportNoticeView(
        @Schema(required = true, description = "The notice's id.", examples = "0193a3f0-1a2b-7c3d-8e4f-5a6b7c8d9e0f")
        UUID id,
        @Schema(required = true, description = "The customer whose company the person belongs to.",
                examples = "0193a3d1-2b4c-7e5f-8a6b-7c8d9e0f1a2b") UUID customerId,
        @Schema(required = true, description = "The customer's support owner when the arrival was noticed.",
                examples = "ana.support") String supportOwner,
        @Schema(required = true, description = "The person's lead in lead-service.",
                examples = "0193a3c0-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID leadId,
        @Schema(nullable = true, description = "The lead's deal; null when the lead has not qualified.",
                examples = "0193a3c1-0a1b-7c2d-8e3f-4a5b6c7d8e9f") UUID dealId,
        @Schema(required = true, description = "The arrival in the lead's source history (one notice per arrival).",
                examples = "0193a3f0-0f1e-7d2c-8b3a-4f5e6d7c8b9a") UUID arrivalId,
        @Schema(required = true, description = "How the person was recognised: email, phone or nameAndCompany.",
                examples = "email") String matchedOn,
        @Schema(required = true, description = "How they arrived: lead-service's source kind.", examples = "WEB_FORM")
        String sourceKind,
        @Schema(nullable = true, description = "The channel that received them, e.g. web-form:<formId>.",
                examples = "web-form:contact-us") String receivedBy,
        @Schema(required = true, description = "When they arrived (UTC).", examples = "2026-05-04T09:12:00Z")
        Instant receivedAt,
        @Schema(required = true, description = "When this service noticed it (UTC).", examples = "2026-05-04T09:12:01Z")
        Instant noticedAt,
        @Schema(required = true, description = "OPEN until the support owner or a sales manager acknowledges it.",
                examples = "OPEN") SupportNoticeStatus status,
        @Schema(nullable = true, description = "Who acknowledged it, as \"subject (role)\"; null while open.",
                examples = "ana.support (support)") String acknowledgedBy,
        @Schema(nullable = true, description = "When it was acknowledged (UTC); null while open.",
                examples = "2026-05-04T10:00:00Z") Instant acknowledgedAt) {

    static SupportNoticeView of(SupportNotice notice) {
        KnownPersonArrival arrival = notice.arrival();
        return new SupportNoticeView(notice.id(), notice.customerId(), notice.supportOwner(), arrival.leadId(),
                arrival.dealId(), arrival.arrivalId(), arrival.matchedOn(), arrival.sourceKind(), arrival.receivedBy(),
                arrival.receivedAt(), notice.noticedAt(), notice.status(), notice.acknowledgedBy(),
                notice.acknowledgedAt());
    }
}
