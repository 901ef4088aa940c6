package io.salespipeline.lead.api;

import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.lead.api.LeadRequests.AssessmentInput;
import io.salespipeline.lead.api.LeadRequests.DisqualificationInput;
import io.salespipeline.lead.api.LeadRequests.InterestInput;
import io.salespipeline.lead.api.LeadRequests.NewLead;
import io.salespipeline.lead.application.Leads;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadStatus;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.platform.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leads")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Leads")
public class LeadResource {

    @Inject
    Leads leads;

    @POST
    @RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Take in a lead (JSON), with its source")
    public Response create(@NotNull @Valid NewLead body, @Context UriInfo uri) {
        Lead lead = leads.create(new Contact(body.name(), body.email(), body.phone(), body.company(),
                body.jobTitle(), body.country()), body.notes(), body.attributes(), body.source().kind(),
                body.source().detail());
        return Response.created(uri.getAbsolutePathBuilder().path(lead.id().toString()).build())
                .entity(LeadView.of(lead)).build();
    }

    @GET
    @Operation(summary = "List leads, optionally of one deal or in one status (keyset paginated)")
    public Page<LeadView> list(@QueryParam("dealId") String dealId, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(leads.list(QueryParams.uuid("dealId", dealId),
                QueryParams.enumValue(LeadStatus.class, "status", status), page), page, Lead::id, LeadView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One lead")
    public LeadView get(@PathParam("id") UUID id) {
        return LeadView.of(leads.get(id));
    }

    @POST
    @Path("{id}/assessment")
    @Operation(summary = "Record the seller's viable-candidate assessment (negative disqualifies)")
    public LeadView assess(@PathParam("id") UUID id, @NotNull @Valid AssessmentInput body) {
        return LeadView.of(leads.assess(id, body.viable(), body.reasons()));
    }

    @POST
    @Path("{id}/interest")
    @Operation(summary = "Record the contact's expressed interest; with a positive assessment the lead qualifies")
    public LeadView recordInterest(@PathParam("id") UUID id, @NotNull @Valid InterestInput body) {
        return LeadView.of(leads.recordInterest(id, body.channel(), body.expressedAt(), body.topics()));
    }

    @PUT
    @Path("{id}/owner")
    @RolesAllowed(Roles.SALES_MANAGER)
    @Operation(summary = "Assign the lead to a seller (sales manager only)")
    public LeadView assignOwner(@PathParam("id") UUID id, @NotNull @Valid LeadRequests.OwnerInput body) {
        return LeadView.of(leads.assignOwner(id, body.owner()));
    }

    @PUT
    @Path("{id}/sharing")
    @Operation(summary = "Share the lead with other sellers (its owner or a sales manager); replaces the list")
    public LeadView share(@PathParam("id") UUID id, @NotNull @Valid LeadRequests.SharingInput body) {
        return LeadView.of(leads.share(id, body.sharedWith()));
    }

    @POST
    @Path("{id}/disqualification")
    @Operation(summary = "Disqualify the lead with a reason")
    public LeadView disqualify(@PathParam("id") UUID id, @NotNull @Valid DisqualificationInput body) {
        return LeadView.of(leads.disqualify(id, body.reason()));
    }
}
