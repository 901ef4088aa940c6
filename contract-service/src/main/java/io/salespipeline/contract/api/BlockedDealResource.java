package io.salespipeline.contract.api;

import io.salespipeline.contract.application.ContractScreening;
import io.salespipeline.contract.domain.BlockedDeal;
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

/** The contract sendings the trade restrictions blocked, for sales managers (and admins). */
@Path("/api/blocked-deals")
@RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
@Tag(name = "Trade restrictions", description = "Contract sendings refused because the customer's country or company is on lead-service's trade restriction lists.")
public class BlockedDealResource {

    @Inject
    ContractScreening screening;

    /** A sending the lists refused (stage CONTRACT, recordId: the contract); the contract stayed as it was. */
    public record BlockedDealView(UUID id, String stage, UUID recordId, UUID dealId, String company, String country,
            List<String> reasons, String blockedBy, Instant blockedAt) {
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
