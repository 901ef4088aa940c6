package io.salespipeline.contract.api;

import io.salespipeline.contract.application.ContractScreening;
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

/** The contract sendings the trade restrictions blocked, for sales managers (and admins). */
@Path("/api/blocked-deals")
@RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
@Tag(name = "Trade restrictions", description = "Contract sendings refused because the customer's country or company is on lead-service's trade restriction lists.")
public class BlockedDealResource {

    @Inject
    ContractScreening screening;

    /** A sending the lists refused (stage CONTRACT, recordId: the contract); the contract stayed as it was. */
    @Schema(description = "A contract sending the trade restriction lists refused; the contract stayed as it was.")
    public record BlockedDealView(
            @Schema(required = true, description = "The id of this refusal.", examples = "0193a3f0-1c2d-7e3f-8a4b-5c6d7e8f9a0b")
            UUID id,
            @Schema(required = true, description = "The stage whose step was refused: always CONTRACT here.",
                    examples = "CONTRACT") String stage,
            @Schema(required = true, description = "The contract whose sending was refused.",
                    examples = "0193a3c9-1a2b-7c3d-8e4f-5a6b7c8d9e0f") UUID recordId,
            @Schema(required = true, description = "The contract's deal.", examples = "0193a3c4-5e2f-7a10-8b7c-1d2e3f405162")
            UUID dealId,
            @Schema(nullable = true, description = "The customer's company as the contract named it; null when it "
                    + "named none.", examples = "Acme Logistics GmbH") String company,
            @Schema(nullable = true, description = "The customer's country, ISO 3166-1 alpha-2; null when unknown.",
                    examples = "DE") String country,
            @Schema(required = true, description = "Why, one sentence per list entry that matched (at least one).",
                    examples = "[\"The country KP is on the restricted-country list.\"]") List<String> reasons,
            @Schema(required = true, description = "Who tried to send the contract, as \"subject (role)\".",
                    examples = "sam.seller (seller)") String blockedBy,
            @Schema(required = true, description = "When the sending was refused (UTC).", examples = "2026-03-03T10:00:00Z")
            Instant blockedAt) {
        static BlockedDealView of(BlockedDeal blocked) {
            return new BlockedDealView(blocked.id(), blocked.stage(), blocked.recordId(), blocked.dealId(),
                    blocked.company(), blocked.country(), blocked.reasons(), blocked.blockedBy(), blocked.blockedAt());
        }
    }

    @GET
    @Operation(operationId = "listBlockedContractSendings", summary = "List contract sendings the trade restrictions blocked",
            description = "Every contract sending refused because of a restricted country or a denied party, with the "
            + "reasons, oldest first (keyset paginated)")
    public Page<BlockedDealView> blocked(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(screening.blocked(page), page, BlockedDeal::id, BlockedDealView::of);
    }
}
