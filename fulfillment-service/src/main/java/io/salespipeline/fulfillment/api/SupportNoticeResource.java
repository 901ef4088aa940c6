package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.application.SupportNotices;
import io.salespipeline.fulfillment.domain.SupportNotice;
import io.salespipeline.fulfillment.domain.SupportNoticeStatus;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Support notices: a known person of a customer's company arrived again, told to its support owner. */
@Path("/api/support-notices")
@RolesAllowed({Roles.SUPPORT, Roles.SALES_MANAGER})
@Tag(name = "Support notices", description = "A known person of a customer's company arrived again at lead-service "
        + "(sales.lead.merged naming the customer's account): one notice per arrival for the customer's support "
        + "owner, OPEN until the support owner or a sales manager acknowledges it.")
public class SupportNoticeResource {

    @Inject
    SupportNotices notices;

    @GET
    @Operation(operationId = "listSupportNotices", summary = "List support notices",
            description = "The notices of the customers the caller supports now (a sales manager: every customer's), "
                    + "oldest first, optionally only OPEN or ACKNOWLEDGED ones (keyset paginated)")
    public Page<SupportNoticeView> list(
            @Parameter(description = "Only notices in this state.", schema = @Schema(implementation = SupportNoticeStatus.class))
            @QueryParam("status") String status, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(notices.list(QueryParams.enumValue(SupportNoticeStatus.class, "status", status), page), page,
                SupportNotice::id, SupportNoticeView::of);
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(operationId = "acknowledgeSupportNotice", summary = "Acknowledge a support notice",
            description = "The customer's support owner or a sales manager marks the notice as seen to (anyone else: "
                    + "403). Acknowledging an acknowledged notice answers it unchanged (who acknowledged it first, "
                    + "when).")
    public SupportNoticeView acknowledge(@Parameter(description = "The notice's id.") @PathParam("id") UUID id) {
        return SupportNoticeView.of(notices.acknowledge(id));
    }
}
