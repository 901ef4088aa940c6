package io.salespipeline.platform.audit;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.platform.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of this service's records, one path in every service. */
@Path("/api/audit")
// Who did what across the team, and the funnel: for sales managers and admins.
@RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
@Tag(name = "Audit", description = "Who changed what and when, per record or per deal, with the values before and after.")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "Read the audit trail",
            description = "Who changed what and when: the entries of one record (with its parts) or of one deal, oldest first")
    public AuditTrail.EntryPage read(
            @Parameter(description = "Only the entries of this record (its id) and of its parts; recordId or dealId "
                    + "is required.", example = "0193a3c4-6a01-7d3e-8f90-1a2b3c4d5e6f") @QueryParam("recordId") String recordId,
            @QueryParam("dealId") String dealId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        int checkedLimit = PageRequest.of(null, limit).limit();
        return trail.read(recordId, QueryParams.uuid("dealId", dealId), cursor, checkedLimit);
    }
}
