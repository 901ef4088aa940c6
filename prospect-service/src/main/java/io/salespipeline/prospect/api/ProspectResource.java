package io.salespipeline.prospect.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.platform.security.Ownership;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.platform.web.QueryParams;
import io.salespipeline.prospect.api.ProspectRequests.ApplicationInput;
import io.salespipeline.prospect.api.ProspectRequests.InteractionInput;
import io.salespipeline.prospect.api.ProspectRequests.LossInput;
import io.salespipeline.prospect.api.ProspectRequests.ProcurementInput;
import io.salespipeline.prospect.api.ProspectRequests.ProfileInput;
import io.salespipeline.prospect.application.ProspectUseCases;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.prospect.domain.Application;
import io.salespipeline.prospect.domain.ApprovalStep;
import io.salespipeline.prospect.domain.DecisionMaker;
import io.salespipeline.prospect.domain.Interaction;
import io.salespipeline.prospect.domain.Procurement;
import io.salespipeline.prospect.domain.Profile;
import io.salespipeline.prospect.domain.Prospect;
import io.salespipeline.prospect.domain.ProspectStatus;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/prospects")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Prospects", description = "Qualified leads being worked towards a proposal: rapport (interactions, interest, follow-ups), orientation (profile, decision makers, procurement, quantified applications) and readiness.")
public class ProspectResource {

    @Inject
    ProspectUseCases prospects;

    @GET
    @Operation(operationId = "listProspects", summary = "List prospects",
            description = "List prospects, optionally of one deal, in one status or with a follow-up due (keyset paginated)"
            + ". " + "followUpDue=YYYY-MM-DD (or 'today', in UTC) lists the prospects in RAPPORT or ORIENTATION "
                    + "whose next follow-up date is on or before that day.")
    public Page<ProspectView> list(@QueryParam("dealId") String dealId, @Parameter(description = "Only prospects in this status.", schema = @Schema(implementation = ProspectStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "A day (YYYY-MM-DD, UTC) or today: only prospects in RAPPORT or ORIENTATION whose next follow-up is on or before it.",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^(today|[0-9]{4}-[0-9]{2}-[0-9]{2})$"), example = "today")
            @QueryParam("followUpDue") String followUpDue, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(prospects.list(QueryParams.uuid("dealId", dealId),
                QueryParams.enumValue(ProspectStatus.class, "status", status), day("followUpDue", followUpDue),
                page), page, Prospect::id, ProspectView::of);
    }

    /** Taken as text so that a bad date is a 400 naming the parameter, not a 404. */
    private static LocalDate day(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if ("today".equalsIgnoreCase(text.strip())) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date (YYYY-MM-DD) or 'today'");
        }
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProspect", summary = "Get a prospect",
            description = "One prospect")
    public ProspectView get(@PathParam("id") UUID id) {
        return ProspectView.of(prospects.get(id));
    }

    @POST
    @Path("{id}/interactions")
    @Operation(operationId = "logProspectInteraction", summary = "Log an interaction with the prospect",
            description = "Log an interaction (RAPPORT or ORIENTATION); answers 201 with the interaction. "
            + "The latest interaction sets the prospect's interest level and next follow-up date")
    @APIResponse(responseCode = "201", description = "The interaction, logged; Location is its URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InteractionView.class)))
    public Response recordInteraction(@PathParam("id") UUID id, @NotNull @Valid InteractionInput body,
            @Context UriInfo uri) {
        Interaction interaction = prospects.recordInteraction(id, body.type(), body.occurredAt(), body.outcome(),
                body.nextStep(), body.followUpOn(), body.interestLevel());
        return Response.created(uri.getAbsolutePathBuilder().path(interaction.id().toString()).build())
                .entity(InteractionView.of(interaction)).build();
    }

    @GET
    @Path("{id}/interactions")
    @Operation(operationId = "listProspectInteractions", summary = "List the prospect's interactions",
            description = "The prospect's rapport log, oldest first")
    public List<InteractionView> interactions(@PathParam("id") UUID id) {
        return prospects.interactions(id).stream().map(InteractionView::of).toList();
    }

    @GET
    @Path("{id}/interactions/{interactionId}")
    @Operation(operationId = "getProspectInteraction", summary = "Get one interaction",
            description = "One interaction of the prospect")
    public InteractionView interaction(@PathParam("id") UUID id, @Parameter(description = "The interaction's id.") @PathParam("interactionId") UUID interactionId) {
        return InteractionView.of(prospects.interaction(id, interactionId));
    }

    @PUT
    @Path("{id}/profile")
    @Operation(operationId = "describeProspect", summary = "Record the prospect's profile",
            description = "Record the prospect's business profile, decision makers and procurement procedure "
            + "(RAPPORT or ORIENTATION); moves RAPPORT to ORIENTATION"
            + ". " + "procurement.procedure: ONE_PAGE_QUOTE, PURCHASE_ORDER or FORMAL_RFP. A FORMAL_RFP needs its "
                    + "submission deadline and at least one approval step (and may name the RFP's reference); "
                    + "those fields are refused for the other procedures.")
    public ProspectView describe(@PathParam("id") UUID id, @NotNull @Valid ProfileInput body) {
        Profile profile = new Profile(body.industry(), body.companySize(), body.businessModel(), body.cultureNotes(),
                body.decisionMakers().stream()
                        .map(maker -> new DecisionMaker(maker.name(), maker.role(), maker.influence())).toList());
        ProcurementInput input = body.procurement();
        Procurement procurement = new Procurement(input.procedure(), input.notes(), input.rfpReference(),
                input.deadline(), input.approvalSteps() == null ? null : input.approvalSteps().stream()
                        .map(step -> new ApprovalStep(step.step(), step.approver())).toList());
        return ProspectView.of(prospects.describe(id, profile, procurement));
    }

    @POST
    @Path("{id}/applications")
    @Operation(operationId = "addProspectApplication", summary = "Map an application of the products",
            description = "Map an application of the products with its cost and/or time saving (RAPPORT or "
            + "ORIENTATION); answers 201 with the application")
    @APIResponse(responseCode = "201", description = "The application, mapped; Location is its URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApplicationView.class)))
    public Response addApplication(@PathParam("id") UUID id, @NotNull @Valid ApplicationInput body,
            @Context UriInfo uri) {
        Application application = prospects.addApplication(id, body.product(), body.problem(), body.costSaving(),
                body.timeSavingHours(), body.period(), body.reasoning());
        return Response.created(uri.getAbsolutePathBuilder().path(application.id().toString()).build())
                .entity(ApplicationView.of(id, application)).build();
    }

    @GET
    @Path("{id}/applications")
    @Operation(operationId = "listProspectApplications", summary = "List the prospect's applications",
            description = "The applications mapped to the prospect, in the order they were recorded")
    public List<ApplicationView> applications(@PathParam("id") UUID id) {
        return prospects.applications(id).stream().map(application -> ApplicationView.of(id, application)).toList();
    }

    @GET
    @Path("{id}/applications/{applicationId}")
    @Operation(operationId = "getProspectApplication", summary = "Get one application",
            description = "One application of the prospect")
    public ApplicationView application(@PathParam("id") UUID id, @Parameter(description = "The application's id.") @PathParam("applicationId") UUID applicationId) {
        return ApplicationView.of(id, prospects.application(id, applicationId));
    }

    @POST
    @Path("{id}/readiness")
    @Operation(operationId = "markProspectReady", summary = "Declare the prospect ready for a proposal",
            description = "Declare the prospect ready for a proposal once it has the steps its segment requires "
            + "(out of the box: the profile, which moves it to ORIENTATION, the procurement procedure and a "
            + "quantified application; GET /api/segments lists each segment's steps); publishes "
            + "ProspectReadyForProposal (a one-page quote when no procurement procedure was required or recorded)"
            + ". " + "A refusal is a 409 problem whose member 'missing' lists what is missing, as codes: "
                    + "'profile', 'procurement', 'formalRfp', 'quantifiedApplication'.")
    public ProspectView markReady(@PathParam("id") UUID id) {
        return ProspectView.of(prospects.markReady(id));
    }

    @PUT
    @Path("{id}/segment")
    @Operation(operationId = "classifyProspect", summary = "Set the deal's segment",
            description = "Place the deal in a configured segment (RAPPORT or ORIENTATION); the segment decides which "
            + "readiness steps are required. A segment that is not configured is a 400 naming the known ones.")
    public ProspectView classify(@PathParam("id") UUID id, @NotNull @Valid ProspectRequests.SegmentInput body) {
        return ProspectView.of(prospects.classify(id, body.segment()));
    }

    @PUT
    @Path("{id}/currency")
    @Operation(operationId = "chooseDealCurrency", summary = "Choose the deal's currency",
            description = "The ISO 4217 currency the deal is quoted, contracted and ordered in (RAPPORT or "
            + "ORIENTATION, before the first hand-over for a proposal: 409 after it). Amounts are never converted: the "
            + "applications' cost savings must be in it (400 otherwise), and so must later ones. Not chosen: the "
            + "proposal stage's standard currency. ProspectReadyForProposal carries it.")
    public ProspectView chooseCurrency(@PathParam("id") UUID id, @NotNull @Valid ProspectRequests.CurrencyInput body) {
        return ProspectView.of(prospects.chooseCurrency(id, body.currency()));
    }

    @PUT
    @Path("{id}/owner")
    @RolesAllowed(Roles.SALES_MANAGER)
    @Operation(operationId = "assignProspectOwner", summary = "Assign the prospect to a seller",
            description = "Assign the prospect to a seller (sales manager only)")
    public ProspectView assignOwner(@PathParam("id") UUID id, @NotNull @Valid Ownership.OwnerInput body) {
        return ProspectView.of(prospects.assignOwner(id, body.owner()));
    }

    @PUT
    @Path("{id}/sharing")
    @Operation(operationId = "shareProspect", summary = "Share the prospect with sellers",
            description = "Share the prospect with other sellers (its owner or a sales manager); replaces the list")
    public ProspectView share(@PathParam("id") UUID id, @NotNull @Valid Ownership.SharingInput body) {
        return ProspectView.of(prospects.share(id, body.sharedWith()));
    }

    @POST
    @Path("{id}/loss")
    @Operation(operationId = "loseProspect", summary = "Record the deal as lost",
            description = "Record that the deal is lost at this stage, with a reason; publishes DealLost")
    public ProspectView lose(@PathParam("id") UUID id, @NotNull @Valid LossInput body) {
        return ProspectView.of(prospects.lose(id, body.reason()));
    }
}
