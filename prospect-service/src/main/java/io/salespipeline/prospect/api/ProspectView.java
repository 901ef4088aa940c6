package io.salespipeline.prospect.api;

import io.salespipeline.prospect.domain.Contact;
import io.salespipeline.prospect.domain.InterestLevel;
import io.salespipeline.prospect.domain.Procurement;
import io.salespipeline.prospect.domain.Profile;
import io.salespipeline.prospect.domain.Prospect;
import io.salespipeline.prospect.domain.ProposalRejection;
import io.salespipeline.prospect.domain.ProspectStatus;
import io.salespipeline.prospect.domain.Qualification;
import io.salespipeline.prospect.domain.Savings;
import io.salespipeline.prospect.domain.Source;
import io.salespipeline.platform.stage.DealWin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A prospect as the API shows it; its interactions and applications are listed at their own
 * paths. savings: the applications' savings summed per year (cost per currency, hours);
 * lastRejection: the customer's latest rejection of a proposal, which brought it back to ORIENTATION;
 * dealWon: when the deal closed and its first order's value (a WON prospect), else null;
 * segment: the deal's segment, which decides the readiness steps required;
 * currency: the deal's currency (null: none chosen, the proposal stage's standard one).
 */
@Schema(description = "A prospect: a qualified lead the seller builds rapport with and learns about until it is ready "
        + "for a proposal.")
public record ProspectView(
        @Schema(required = true, description = "The prospect's id.") UUID id,
        @Schema(required = true, description = "The deal (the id every stage shares).") UUID dealId,
        @Schema(required = true, description = "The lead it was qualified from (in lead-service).") UUID leadId,
        @Schema(required = true, description = "Where the prospect stands.") ProspectStatus status,
        @Schema(required = true, description = "The contact, as the lead carried it at qualification.") Contact contact,
        @Schema(required = true, description = "Where the lead came from.") Source source,
        @Schema(required = true, description = "Why the lead became a prospect.") Qualification qualification,
        @Schema(nullable = true, description = "The current interest level (from the latest interaction that judged "
                + "it); null until one did.") InterestLevel interestLevel,
        @Schema(nullable = true, description = "The next follow-up day (a date); null when none is due.",
                examples = "2026-03-17") LocalDate nextFollowUpOn,
        @Schema(nullable = true, description = "When the latest interaction took place (UTC); null before the first.",
                examples = "2026-03-10T15:00:00Z") Instant lastInteractionAt,
        @Schema(nullable = true, description = "The prospect's business profile; null until the seller records it.")
        Profile profile,
        @Schema(nullable = true, description = "How the prospect buys; null until the seller records it.")
        Procurement procurement,
        @Schema(required = true, description = "The applications' savings summed per year.") Savings savings,
        @Schema(nullable = true, description = "The customer's latest rejection of a proposal; null if none.")
        ProposalRejection lastRejection,
        @Schema(nullable = true, description = "Why the deal was lost here; null unless LOST at this stage.",
                examples = "Went with the incumbent supplier.") String lossReason,
        @Schema(required = true, description = "Who created it: the service, from LeadQualified.",
                examples = "system") String createdBy,
        @Schema(required = true, description = "When it was created (UTC).", examples = "2026-03-05T11:20:02Z")
        Instant createdAt,
        @Schema(required = true, description = "When it last changed (UTC).", examples = "2026-03-12T10:00:00Z")
        Instant updatedAt,
        @Schema(nullable = true, description = "When it became READY_FOR_PROPOSAL (UTC); null before.",
                examples = "2026-03-14T09:00:00Z") Instant readyAt,
        @Schema(nullable = true, description = "When the deal was lost here (UTC); null unless LOST.",
                examples = "2026-04-20T12:00:00Z") Instant lostAt,
        @Schema(nullable = true, description = "The deal's win (a WON prospect); null otherwise.") DealWin dealWon,
        @Schema(nullable = true, description = "The seller who works the deal (token subject), from the lead; null when "
                + "nobody does.", examples = "sam.seller") String owner,
        @Schema(required = true, description = "Other sellers the owner shares the deal with; empty when none.",
                examples = "[\"kim.seller\"]") java.util.Set<String> sharedWith,
        @Schema(required = true, description = "The deal's segment (GET /api/segments), which decides the readiness "
                + "steps required.", examples = "STANDARD") String segment,
        @Schema(nullable = true, description = "The deal's currency (ISO 4217), chosen at this stage; every amount of "
                + "the deal is in it. Null: none chosen, the proposal stage's standard currency applies.",
                examples = "USD") String currency,
        @Schema(nullable = true, description = "The company account the deal is for (lead-service's GET "
                + "/api/accounts/{id}); null when the lead named none.") java.util.UUID accountId,
        @Schema(nullable = true, description = "The deal this one follows (a new deal of a won or lost lead, a "
                + "re-opened lost deal), whose profile was copied forward; null for the lead's first deal.")
        java.util.UUID previousDealId) {

    public static ProspectView of(Prospect prospect) {
        return new ProspectView(prospect.id(), prospect.dealId(), prospect.leadId(), prospect.status(),
                prospect.contact(), prospect.source(), prospect.qualification(), prospect.interestLevel(),
                prospect.nextFollowUpOn(), prospect.lastInteractionAt(), prospect.profile(), prospect.procurement(),
                prospect.savings(), prospect.lastRejection(),
                prospect.lossReason(), prospect.createdBy(), prospect.createdAt(), prospect.updatedAt(),
                prospect.readyAt(), prospect.lostAt(), prospect.dealWin(), prospect.owner(), prospect.sharedWith(),
                prospect.segment(), prospect.currency(), prospect.accountId(),
                prospect.previousDealId());
    }
}
