package io.salespipeline.lead.api;

import io.salespipeline.lead.application.restrictions.TradeRestrictionLists;
import io.salespipeline.lead.domain.BlockedDeal;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The qualifications the trade restrictions blocked, for sales managers (and admins). */
@Path("/api/blocked-deals")
@RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
@Tag(name = "Trade restrictions", description = "The restricted-country and denied-party lists checked when a lead qualifies and again before a contract is sent, and the deals they blocked.")
public class BlockedDealResource {

    @Inject
    TradeRestrictionLists lists;

    /** A qualification the lists refused (stage LEAD, recordId: the lead); the lead stayed as it was. */
    public record BlockedDealView(UUID id, String stage, UUID recordId, UUID dealId, String company, String country,
            List<String> reasons, String blockedBy, Instant blockedAt) {
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
