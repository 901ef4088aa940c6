package io.salespipeline.lead.api;

import io.salespipeline.lead.application.restrictions.TradeRestrictionLists;
import io.salespipeline.platform.restriction.BlockedDeal;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The qualifications the trade restrictions blocked, for sales managers (and admins). */
@Path("/api/blocked-deals")
@RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
@Tag(name = "Trade restrictions", description = "The restricted-country and denied-party lists checked when a lead qualifies and again before a contract is sent, and the deals they blocked.")
public class BlockedDealResource {

    @Inject
    TradeRestrictionLists lists;

    /** A qualification the lists refused (stage LEAD, recordId: the lead); the lead stayed as it was. */
    @Schema(description = "A qualification the trade restriction lists refused; the lead stayed as it was.")
    public record BlockedDealView(
            @Schema(required = true, description = "The refusal's id.") UUID id,
            @Schema(required = true, description = "The stage that refused: LEAD here.", examples = "LEAD") String stage,
            @Schema(required = true, description = "The refused record: the lead.") UUID recordId,
            @Schema(nullable = true, description = "The deal, when one existed; null for a lead (not yet qualified).")
            UUID dealId,
            @Schema(nullable = true, description = "The lead's company, as checked; null when none.",
                    examples = "Acme Trading LLC") String company,
            @Schema(nullable = true, description = "The lead's country (ISO 3166-1 alpha-2), as checked; null when none.",
                    examples = "IR") String country,
            @Schema(required = true, description = "Why, one sentence per list entry that matched.",
                    examples = "[\"The country IR is on the restricted-country list.\"]") List<String> reasons,
            @Schema(required = true, description = "Who tried to qualify (token subject).", examples = "sam.seller")
            String blockedBy,
            @Schema(required = true, description = "When (UTC).", examples = "2026-03-05T11:20:00Z") Instant blockedAt) {
        static BlockedDealView of(BlockedDeal blocked) {
            return new BlockedDealView(blocked.id(), blocked.stage(), blocked.recordId(), blocked.dealId(),
                    blocked.company(), blocked.country(), blocked.reasons(), blocked.blockedBy(), blocked.blockedAt());
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
    @Operation(operationId = "listBlockedQualifications", summary = "List qualifications the trade restrictions blocked",
            description = "Every qualification refused because of a restricted country or a denied party, with the "
            + "reasons, oldest first (keyset paginated)")
    public Page<BlockedDealView> blocked(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(lists.blocked(page), page, BlockedDeal::id, BlockedDealView::of);
    }
}
