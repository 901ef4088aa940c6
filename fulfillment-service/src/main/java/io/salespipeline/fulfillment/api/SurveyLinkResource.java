package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.application.SurveyLinks;
import io.salespipeline.platform.customerlink.CustomerLinkView;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff's view of the survey links the customer's contact was given: never their token or URL. */
@Path("/api/customers/{id}/survey-links")
@RolesAllowed({Roles.SUPPORT, Roles.SALES_MANAGER})
@Tag(name = "Customer survey links", description = "The survey links e-mailed to the customer's contact (one when an "
        + "order is delivered, one per invitation): listed, re-issued (a new token, the old one revoked) or revoked by "
        + "the customer's support owner or a sales manager, never shown with their token, so only the customer answers.")
public class SurveyLinkResource {

    @Inject
    SurveyLinks links;

    @GET
    @Operation(operationId = "listCustomerSurveyLinks", summary = "List the customer's survey links",
            description = "Every survey link issued to the customer's contact, newest first: the order it is about "
                    + "(recordId; the customer's id for a survey about the relationship), state (LIVE, EXPIRED, USED, "
                    + "REVOKED), who issued it and when, expiry, use and revocation.")
    public List<CustomerLinkView> list(@PathParam("id") UUID id) {
        return links.list(id);
    }

    @GET
    @Path("{linkId}")
    @Operation(operationId = "getCustomerSurveyLink", summary = "Get one of the customer's survey links",
            description = "One survey link of the customer, without its token or URL.")
    public CustomerLinkView get(@PathParam("id") UUID id,
            @Parameter(description = "The link's id.") @PathParam("linkId") UUID linkId) {
        return links.get(id, linkId);
    }

    @POST
    @Path("{linkId}/reissue")
    @Operation(operationId = "reissueCustomerSurveyLink", summary = "Re-issue a survey link",
            description = "A new link for the same contact and survey while the customer has not answered it (else "
                    + "409); the old one is revoked. The new URL goes to the contact only, in "
                    + "sales.fulfillment.customer-action-requested; the answer is the new link without it.")
    public CustomerLinkView reissue(@PathParam("id") UUID id,
            @Parameter(description = "The link's id.") @PathParam("linkId") UUID linkId) {
        return links.reissue(id, linkId);
    }

    @POST
    @Path("{linkId}/revocation")
    @Operation(operationId = "revokeCustomerSurveyLink", summary = "Revoke a survey link",
            description = "The link no longer opens its page (410). A used or expired link keeps its state.")
    public CustomerLinkView revoke(@PathParam("id") UUID id,
            @Parameter(description = "The link's id.") @PathParam("linkId") UUID linkId) {
        return links.revoke(id, linkId);
    }

    /** 201 for a link just issued, Location its place under the customer. */
    static Response created(CustomerLinkView link, UUID customerId, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/customers/{id}/survey-links/{linkId}")
                .build(customerId, link.id())).entity(link).build();
    }
}
