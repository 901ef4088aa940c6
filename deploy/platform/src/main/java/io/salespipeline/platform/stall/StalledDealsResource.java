package io.salespipeline.platform.stall;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.arc.properties.StringValueMatch;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deals that stopped moving at this stage, one path in every stage that watches them. */
@Path("/api/stalled-deals")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@IfBuildProperty(name = "sales.stalled.table", stringValue = "[a-z_]{1,63}", match = StringValueMatch.REGEX)
@Tag(name = "Stalled deals", description = "Deals whose record at this stage has had no activity for the stage's "
        + "configured number of days, per owner; each stall is also published once as DealStalled.")
public class StalledDealsResource {

    @Inject
    StalledDeals stalled;

    @Inject
    CurrentActor actor;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(operationId = "listStalledDeals", summary = "List stalled deals",
            description = "The deals stalled at this stage now (an open record unchanged for the stage's configured "
                    + "days), the longest silent first. A seller sees their own; a sales manager anyone's (owner) or "
                    + "everyone's. detectedAt is when the stall was published as DealStalled (null: not yet).")
    public List<Stall> list(
            @Parameter(description = "Only this seller's deals (subject). Sellers may name only themselves; "
                    + "default: the caller's own for a seller, everyone's for a sales manager.", example = "sam.seller")
            @QueryParam("owner") String owner,
            @QueryParam("limit") String limit) {
        int size = PageRequest.of(null, limit).limit();
        if (identity.hasRole(Roles.SALES_MANAGER)) {
            return stalled.stalled(owner == null || owner.isBlank() ? null : owner.strip(), size);
        }
        String self = actor.subject();
        if (owner != null && !owner.isBlank() && !owner.strip().equals(self)) {
            throw new ForbiddenException("A seller sees only their own stalled deals.");
        }
        return stalled.stalled(self, size);
    }
}
