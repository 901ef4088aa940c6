package io.salespipeline.fulfillment.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.fulfillment.api.CustomerRequests.ReassignmentInput;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.fulfillment.application.Customers;
import io.salespipeline.fulfillment.application.SupportNotices;
import io.salespipeline.fulfillment.application.SurveyLinks;
import io.salespipeline.fulfillment.application.Surveys;
import io.salespipeline.platform.customerlink.CustomerLinkView;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.SupportNotice;
import io.salespipeline.fulfillment.domain.SupportNoticeStatus;
import io.salespipeline.fulfillment.domain.Survey;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.platform.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers")
@RolesAllowed({Roles.SUPPORT, Roles.SALES_MANAGER})
@Tag(name = "Customers", description = "Accounts opened by closed deals, each handed to a support owner by the "
        + "configured rule (sales.support.rule: fewest-customers, round-robin, fewest-open-orders, by-region); "
        + "reassignments are kept in the support-owner history. Satisfaction surveys per customer and per order.")
public class CustomerResource {

    @Inject
    Customers customers;

    @Inject
    Surveys surveys;

    @Inject
    SurveyLinks surveyLinks;

    @Inject
    SupportNotices supportNotices;

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.SALES_MANAGER, Roles.SELLER})
    @Operation(operationId = "listCustomers", summary = "List customers",
            description = "List the customers the caller may see (a support person: their own; a seller: those whose "
            + "deals they closed, to read; a sales manager: all), "
            + "optionally of one deal or of one support owner; unassigned=true: those whose support owner is no "
            + "longer on the support staff (keyset paginated)")
    public Page<CustomerView> list(@QueryParam("dealId") String dealId, @Parameter(description = "Only the customers of this support owner (a name of the support roster).", example = "ana.support")
            @QueryParam("supportOwner") String owner,
            @Parameter(description = "true: only customers whose support owner is no longer on the roster.", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("unassigned") String unassigned, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        String supportOwner = owner == null || owner.isBlank() ? null : owner.strip();
        return Page.of(customers.list(QueryParams.uuid("dealId", dealId), supportOwner, flag("unassigned", unassigned),
                page), page, Customer::id, CustomerView::of);
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.strip().equals("false")) {
            return false;
        }
        if (value.strip().equals("true")) {
            return true;
        }
        throw new InvalidInputException(name, "must be true or false");
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPPORT, Roles.SALES_MANAGER, Roles.SELLER})
    @Operation(operationId = "getCustomer", summary = "Get a customer",
            description = "One customer, with its support owner, the seller who closed its deal, what the seller "
            + "learned and promised (briefing) and its latest satisfaction score (404 for a customer of another "
            + "support owner, or for a seller one whose deal they did not close)")
    public CustomerView get(@PathParam("id") UUID id) {
        return CustomerView.of(customers.read(id));
    }

    @POST
    @Path("{id}/support-owner")
    @Operation(operationId = "reassignSupportOwner", summary = "Hand the customer to another support owner",
            description = "Hand the customer to another member of the support staff, with a reason (kept in the "
            + "support-owner history: who, when, from, to, why). A sales manager may hand over any customer, a "
            + "support person only their own.")
    public CustomerView reassign(@PathParam("id") UUID id, @NotNull @Valid ReassignmentInput body) {
        return CustomerView.of(customers.reassign(id, body.supportOwner(), body.reason()));
    }

    @GET
    @Path("{id}/support-owner/history")
    @Operation(operationId = "listSupportOwnerHistory", summary = "List the customer's support-owner history",
            description = "The customer's support-owner history, oldest first: the hand-off by rule, then every "
            + "reassignment (one page)")
    public Page<SupportAssignmentView> supportHistory(@PathParam("id") UUID id) {
        return new Page<>(customers.supportHistory(id).stream().map(SupportAssignmentView::of).toList(), null);
    }

    @POST
    @Path("{id}/survey-invitations")
    @Operation(operationId = "inviteCustomerToSurvey", summary = "Invite the customer to a relationship survey",
            description = "Send the customer's contact a survey link about the relationship as a whole (as often as "
            + "staff like; the customer's earlier live one is revoked). The link's URL goes to the contact only "
            + "(CustomerActionRequested on sales.fulfillment.customer-action-requested); the answer is the link "
            + "without it, so no staff member can answer in the customer's place. 409 when the contact has no e-mail "
            + "address.")
    @APIResponse(responseCode = "201", description = "The link, without its token or URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CustomerLinkView.class)))
    public Response inviteToSurvey(@PathParam("id") UUID id, @Context UriInfo uri) {
        return SurveyLinkResource.created(surveyLinks.inviteAboutCustomer(id), id, uri);
    }

    @GET
    @Path("{id}/notices")
    @RolesAllowed({Roles.SUPPORT, Roles.SALES_MANAGER, Roles.SELLER})
    @Operation(operationId = "listCustomerSupportNotices", summary = "List the customer's support notices",
            description = "The arrivals of known people of the customer's company at lead-service, told to its support "
            + "owner, oldest first, optionally only OPEN or ACKNOWLEDGED ones (keyset paginated); whoever may read the "
            + "customer reads them (else 404)")
    public Page<SupportNoticeView> notices(@PathParam("id") UUID id,
            @Parameter(description = "Only notices in this state.", schema = @Schema(implementation = SupportNoticeStatus.class))
            @QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(supportNotices.ofCustomer(id, QueryParams.enumValue(SupportNoticeStatus.class, "status", status),
                page), page, SupportNotice::id, SupportNoticeView::of);
    }

    @GET
    @Path("{id}/surveys")
    @Operation(operationId = "listCustomerSurveys", summary = "List the customer's surveys",
            description = "The customer's surveys in the order answered (keyset paginated)")
    public Page<SurveyView> surveys(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(surveys.ofCustomer(id, page), page, Survey::id, SurveyView::of);
    }
}
