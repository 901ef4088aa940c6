package io.salespipeline.lead.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.platform.security.Ownership;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.lead.api.LeadRequests.AssessmentInput;
import io.salespipeline.lead.api.LeadRequests.ContactInput;
import io.salespipeline.lead.api.LeadRequests.ReopeningInput;
import io.salespipeline.lead.domain.Source;
import io.salespipeline.lead.api.LeadRequests.DisqualificationInput;
import io.salespipeline.lead.api.LeadRequests.InterestInput;
import io.salespipeline.lead.api.LeadRequests.NewLead;
import io.salespipeline.lead.application.search.LeadFilter;
import io.salespipeline.lead.application.search.LeadSorts;
import io.salespipeline.lead.application.LeadUseCases;
import io.salespipeline.lead.domain.SourceKind;
import io.salespipeline.platform.persistence.KeysetSort;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import io.salespipeline.platform.web.WorkerCall;
import java.util.concurrent.CompletionStage;
import jakarta.ws.rs.core.UriBuilder;
import io.salespipeline.lead.application.intake.IdempotentRequests;
import io.salespipeline.lead.application.intake.LeadIntake;
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
@Tag(name = "Leads", description = "People who may buy: intake (JSON, web forms, CSV imports), contact, the viable-candidate assessment, the expressed interest and qualification into a deal.")
public class LeadResource {

    @Inject
    LeadUseCases leads;

    @Inject
    LeadIntake intake;

    @Inject
    JsonText json;

    @POST
    @RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER, Roles.INTEGRATION})
    @Operation(operationId = "createLead", summary = "Create a lead",
            description = "Take in a lead (JSON), with its source. The same person again answers 409 duplicate-lead "
            + "with existingLeadId. With an Idempotency-Key header a retry gets the first answer and creates nothing; "
            + "the same key with another body answers 422")
    @APIResponse(responseCode = "201", description = "The lead, created; Location is its URL. A retry with the same Idempotency-Key answers the first answer again.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public CompletionStage<Response> create(@NotNull @Valid NewLead body, @Parameter(description = "Makes a retry safe: the same key again answers the first answer and creates nothing (kept 24 h); the same key with another body answers 422.", example = "5f0c6a2e-8d41-4b7a-9f3e-2c1d0b9a8e77")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        String key = IdempotentRequests.checkedKey(idempotencyKey);
        Contact contact = new Contact(body.name(), body.email(), body.phone(), body.company(), body.jobTitle(),
                body.country());
        Source source = Source.of(body.source().kind(), body.source().detail());
        // Read now: the answer is built after the request's thread has let go of it.
        UriBuilder leadsPath = uri.getAbsolutePathBuilder();
        if (key == null) {
            return intake.create(contact, body.notes(), body.attributes(), source)
                    .thenApply(lead -> Response.created(location(leadsPath, lead)).entity(LeadView.of(lead)).build());
        }
        return WorkerCall.start(() -> intake.createIdempotently(
                key, json.sha256(body), contact, body.notes(), body.attributes(), source,
                lead -> new IdempotentRequests.Answer(201, location(leadsPath, lead).toString(), json.write(LeadView.of(lead)))))
                .thenApply(answer -> Response.status(answer.status()).location(URI.create(answer.location()))
                        .type(MediaType.APPLICATION_JSON).entity(answer.body()).build());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static URI location(UriBuilder leadsPath, Lead lead) {
        return leadsPath.clone().path(lead.id().toString()).build();
    }

    @GET
    @Operation(operationId = "listLeads", summary = "Find leads",
            description = "Find leads: filter by dealId, status, source (kind), owner (subject), country, created range [createdFrom, "
            + "createdTo), q (substring of name, e-mail or company); sort createdAt,desc (default), createdAt,asc or "
            + "name,asc; keyset paginated (the cursor continues its sort)")
    public Page<LeadView> list(@QueryParam("dealId") String dealId, @Parameter(description = "Only leads in this status.", schema = @Schema(implementation = LeadStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only leads whose source is of this kind.", schema = @Schema(implementation = SourceKind.class))
            @QueryParam("source") String source, @Parameter(description = "Only leads owned by this seller (the token subject).", example = "sam.seller")
            @QueryParam("owner") String owner,
            @Parameter(description = "Only leads from this country (ISO 3166-1 alpha-2).", example = "DE")
            @QueryParam("country") String country, @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
            @Parameter(description = "A substring of the name, e-mail address or company (case-insensitive).", example = "acme")
            @QueryParam("q") String q, @Parameter(description = "The order of the list; a cursor continues its sort.", schema = @Schema(type = SchemaType.STRING, enumeration = {"createdAt,desc", "createdAt,asc", "name,asc"}, defaultValue = "createdAt,desc"))
            @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        KeysetSort<Lead> order = LeadSorts.named(sort);
        PageRequest page = PageRequest.of(cursor, limit, order.name());
        LeadFilter filter = new LeadFilter(QueryParams.uuid("dealId", dealId),
                QueryParams.enumValue(LeadStatus.class, "status", status),
                QueryParams.enumValue(SourceKind.class, "source", source), blankToNull(owner), country,
                QueryParams.instant("createdFrom", createdFrom), QueryParams.instant("createdTo", createdTo), q);
        return Page.sorted(leads.list(filter, order, page), page, order::cursorAfter, LeadView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getLead", summary = "Get a lead",
            description = "One lead, with the history of its sources (every arrival of the person)")
    public LeadView get(@PathParam("id") UUID id) {
        return LeadView.of(leads.get(id), leads.sources(id));
    }

    @POST
    @Path("{id}/contact")
    @Operation(operationId = "recordLeadContact", summary = "Record contact with the lead",
            description = "Record that a seller reached the contact: NEW becomes CONTACTED")
    public LeadView recordContact(@PathParam("id") UUID id, @NotNull @Valid ContactInput body) {
        return LeadView.of(leads.recordContact(id, body.channel(), body.contactedAt()));
    }

    @POST
    @Path("{id}/reopening")
    @Operation(operationId = "reopenLead", summary = "Reopen a disqualified lead",
            description = "Reopen a disqualified lead: back to CONTACTED if it was in contact, else NEW")
    public LeadView reopen(@PathParam("id") UUID id, @NotNull @Valid ReopeningInput body) {
        return LeadView.of(leads.reopen(id, body.reason()));
    }

    @POST
    @Path("{id}/assessment")
    @Operation(operationId = "assessLead", summary = "Assess the lead",
            description = "Record the seller's viable-candidate assessment (negative disqualifies); when it "
            + "qualifies the lead, a restricted country or denied party refuses it with a 422 problem of type "
            + "trade-restricted (listed in /api/blocked-deals) and nothing changes")
    @APIResponse(responseCode = "200", description = "The lead, assessed.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public LeadView assess(@PathParam("id") UUID id, @NotNull @Valid AssessmentInput body) {
        return LeadView.of(leads.assess(id, body.viable(), body.reasons()));
    }

    @POST
    @Path("{id}/interest")
    @Operation(operationId = "recordLeadInterest", summary = "Record the lead's interest",
            description = "Record the contact's expressed interest; with a positive assessment the lead qualifies, "
            + "unless a restricted country or denied party refuses it (422 problem of type trade-restricted, listed in "
            + "/api/blocked-deals; nothing changes)")
    @APIResponse(responseCode = "200", description = "The lead, with the interest recorded.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public LeadView recordInterest(@PathParam("id") UUID id, @NotNull @Valid InterestInput body) {
        return LeadView.of(leads.recordInterest(id, body.channel(), body.expressedAt(), body.topics()));
    }

    @PUT
    @Path("{id}/owner")
    @RolesAllowed(Roles.SALES_MANAGER)
    @Operation(operationId = "assignLeadOwner", summary = "Assign the lead to a seller",
            description = "Assign the lead to a seller (sales manager only)")
    public LeadView assignOwner(@PathParam("id") UUID id, @NotNull @Valid Ownership.OwnerInput body) {
        return LeadView.of(leads.assignOwner(id, body.owner()));
    }

    @PUT
    @Path("{id}/sharing")
    @Operation(operationId = "shareLead", summary = "Share the lead with sellers",
            description = "Share the lead with other sellers (its owner or a sales manager); replaces the list")
    public LeadView share(@PathParam("id") UUID id, @NotNull @Valid Ownership.SharingInput body) {
        return LeadView.of(leads.share(id, body.sharedWith()));
    }

    @POST
    @Path("{id}/review-clearance")
    @Operation(operationId = "clearLeadReview", summary = "Clear the lead's review flag",
            description = "Clear the review flag raised by web-form posts for this known person (its owner or a sales "
            + "manager); the arrivals stay in sources")
    public LeadView clearReview(@PathParam("id") UUID id) {
        return LeadView.of(leads.clearReview(id), leads.sources(id));
    }

    @POST
    @Path("{id}/disqualification")
    @Operation(operationId = "disqualifyLead", summary = "Disqualify the lead",
            description = "Disqualify the lead with a reason")
    public LeadView disqualify(@PathParam("id") UUID id, @NotNull @Valid DisqualificationInput body) {
        return LeadView.of(leads.disqualify(id, body.reason()));
    }
}
