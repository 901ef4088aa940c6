package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.DealStart;
import io.salespipeline.lead.domain.LeadDeal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One deal a lead started, as the API shows it. */
@Schema(description = "One deal a lead started: how, by whom, when, and the deal it follows.")
public record LeadDealView(
        @Schema(required = true, description = "The deal's id (the one every stage shares).") UUID dealId,
        @Schema(nullable = true, description = "The deal this one follows; null for the lead's first deal.")
        UUID previousDealId,
        @Schema(required = true, description = "How it started: FIRST at qualification, NEW_DEAL of a won or lost "
                + "lead, REOPENED lost deal.") DealStart kind,
        @Schema(nullable = true, description = "Why a lost deal was re-opened; null otherwise.",
                examples = "The customer's budget was approved after all.") String reason,
        @Schema(required = true, description = "Who started it (the acting user).", examples = "sam.seller")
        String startedBy,
        @Schema(required = true, description = "When (UTC).", examples = "2026-03-05T11:20:00Z") Instant startedAt) {

    static LeadDealView of(LeadDeal deal) {
        return new LeadDealView(deal.dealId(), deal.previousDealId(), deal.kind(), deal.reason(), deal.startedBy(),
                deal.startedAt());
    }
}
