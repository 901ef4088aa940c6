package io.salespipeline.lead.api;

import io.salespipeline.lead.application.routing.FallbackQueue;
import io.salespipeline.lead.application.search.LeadSorts;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sales managers: the leads routing gave to nobody, waiting to be assigned by hand. */
@Path("/api/lead-fallback-queue")
@RolesAllowed(Roles.SALES_MANAGER)
@Tag(name = "Lead routing", description = "Routing rules that hand new leads to sellers in turn, sellers' availability, and the fallback queue of leads no rule could place.")
public class FallbackQueueResource {

    @Inject
    FallbackQueue queue;

    @GET
    @Operation(operationId = "listFallbackQueue", summary = "List leads waiting for a seller",
            description = "Leads no routing rule matched, or whose team was away or at capacity, not yet assigned; "
            + "oldest first, keyset paginated; assigning one (PUT /api/leads/{id}/owner) takes it out")
    public Page<LeadView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit, LeadSorts.OLDEST.name());
        return Page.sorted(queue.page(page), page, LeadSorts.OLDEST::cursorAfter, LeadView::of);
    }
}
