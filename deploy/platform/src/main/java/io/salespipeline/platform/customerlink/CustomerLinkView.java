package io.salespipeline.platform.customerlink;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link as the seller sees it: never its token or URL (the seller must not act as the customer). */
@Schema(description = "A link handed to a customer's contact, as the seller sees it: what it is for, which record "
        + "version it is bound to, whom it was sent to and where it stands. Never its token or URL.")
public record CustomerLinkView(
        @Schema(required = true, description = "The link's id.", examples = "0193a3d0-4b5c-7d6e-8f90-a1b2c3d4e5f6")
        UUID id,
        @Schema(required = true, description = "The one act the link allows.", examples = "CONTRACT_SIGNATURE")
        CustomerLinkPurpose purpose,
        @Schema(required = true, description = "The deal (the id every stage shares).",
                examples = "0193a3c4-5e2f-7a10-8b7c-1d2e3f405162") UUID dealId,
        @Schema(required = true, description = "The record the link acts on: the proposal (PROPOSAL_DECISION) or "
                + "the contract (CONTRACT_SIGNATURE, FIRST_ORDER), the order or, for a survey about the relationship, the "
                + "customer (SURVEY).", examples = "0193a3c9-1a2b-7c3d-8e4f-5a6b7c8d9e0f")
        UUID recordId,
        @Schema(required = true, description = "The version of that record the link was issued for (a contract's "
                + "links carry the accepted proposal's version).", examples = "2") int recordVersion,
        @Schema(required = true, description = "The contact person the link was sent to ([erased] once the person "
                + "asked to be forgotten).", examples = "Maria Schmidt") String contactName,
        @Schema(nullable = true, format = "email", description = "The address the link was sent to; null once the "
                + "person was erased.", examples = "maria.schmidt@acme.example") String contactEmail,
        @Schema(required = true, description = "Where the link stands now: only a LIVE one opens its page.",
                examples = "LIVE") LinkState state,
        @Schema(required = true, description = "Who issued it (the actor's name).", examples = "sam.seller")
        String issuedBy,
        @Schema(required = true, description = "When it was issued (UTC).", examples = "2026-03-03T10:00:00Z")
        Instant issuedAt,
        @Schema(required = true, description = "When it stops opening (UTC).", examples = "2026-03-17T10:00:00Z")
        Instant expiresAt,
        @Schema(nullable = true, description = "When the customer did the act it allows, spending it (UTC); null "
                + "until then.", examples = "2026-03-04T15:10:00Z") Instant usedAt,
        @Schema(nullable = true, description = "When it was revoked (UTC); null unless revoked.",
                examples = "2026-03-05T09:00:00Z") Instant revokedAt,
        @Schema(nullable = true, description = "Who revoked it (the actor's name; \"erasure\" when the contact was "
                + "forgotten); null unless revoked.", examples = "sam.seller") String revokedBy,
        @Schema(nullable = true, description = "The link issued in its place when it was revoked by reissuing; null "
                + "otherwise.", examples = "0193a3d2-6d7e-7f80-91a2-b3c4d5e6f708") UUID replacedBy) {

    public static CustomerLinkView of(CustomerLink link, Instant now) {
        return new CustomerLinkView(link.id(), link.purpose(), link.dealId(), link.recordId(), link.recordVersion(),
                link.contact().name(), link.contact().email(), link.state(now), link.issuedBy(), link.issuedAt(),
                link.expiresAt(), link.usedAt(), link.revokedAt(), link.revokedBy(), link.replacedBy());
    }
}
