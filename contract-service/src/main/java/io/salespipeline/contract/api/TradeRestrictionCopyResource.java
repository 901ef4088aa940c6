package io.salespipeline.contract.api;

import io.salespipeline.contract.domain.TradeRestrictionCopy;
import io.salespipeline.platform.restriction.TradeRestrictions;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The copy of the trade restriction lists this service checks (read-only: lead-service owns the lists). */
@Path("/api/trade-restrictions")
@RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
@Tag(name = "Trade restrictions", description = "Contract sendings refused because the customer's country or company is on lead-service's trade restriction lists.")
public class TradeRestrictionCopyResource {

    /** revision: lead-service's revision this copy holds (0: none received yet, nothing is blocked). */
    @Schema(description = "This service's copy of lead-service's trade restriction lists.")
    public record TradeRestrictionCopyView(
            @Schema(required = true, description = "The revision of lead-service's lists this copy holds; 0: none "
                    + "received yet, so nothing is blocked.", minimum = "0", examples = "7") long revision,
            @Schema(required = true, description = "The restricted countries, ISO 3166-1 alpha-2: a customer there "
                    + "cannot be sent a contract.", examples = "[\"IR\", \"KP\"]") Set<String> restrictedCountries,
            @Schema(required = true, description = "The denied parties, matched on the customer's company name or "
                    + "e-mail domain.") List<TradeRestrictions.DeniedParty> deniedParties) {
    }

    @GET
    @Operation(operationId = "getTradeRestrictionCopy", summary = "Get this service's copy of the trade restriction lists",
            description = "The lists checked before a contract is sent, as last received from lead-service "
            + "(change them there: PUT /api/trade-restrictions on lead-service)")
    public TradeRestrictionCopyView get() {
        TradeRestrictionCopy copy = TradeRestrictionCopy.current();
        TradeRestrictions lists = copy.restrictions();
        return new TradeRestrictionCopyView(copy.revision(), lists.restrictedCountries(), lists.deniedParties());
    }
}
