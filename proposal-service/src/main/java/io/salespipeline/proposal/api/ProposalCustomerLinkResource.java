package io.salespipeline.proposal.api;

import io.salespipeline.platform.customerlink.CustomerLinkView;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.proposal.application.CustomerDecisions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The seller's view of the links the customer's contact was given: never their token or URL. */
@Path("/api/proposals/{id}/customer-links")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Customer links", description = "The links e-mailed to the customer's contact to decide on a sent version: "
        + "listed, re-issued (a new token, the old one revoked) or revoked by the seller, never shown with their token.")
public class ProposalCustomerLinkResource {

    @Inject
    CustomerDecisions decisions;

    @GET
    @Operation(operationId = "listProposalCustomerLinks", summary = "List the version's customer links",
            description = "Every link issued for this version, newest first: purpose, contact, state (LIVE, EXPIRED, "
                    + "USED, REVOKED), who issued it and when, expiry, use and revocation.")
    public List<CustomerLinkView> list(@PathParam("id") UUID id) {
        return decisions.links(id);
    }

    @POST
    @Path("{linkId}/reissue")
    @Operation(operationId = "reissueProposalCustomerLink", summary = "Re-issue a customer link",
            description = "A new link for the same contact and version (sent only; else 409), valid until the end of "
                    + "the version's validity; the old one is revoked. The new link's URL goes to the contact only, in "
                    + "sales.proposal.customer-action-requested; the answer is the new link without it.")
    public CustomerLinkView reissue(@PathParam("id") UUID id,
            @Parameter(description = "The link's id.") @PathParam("linkId") UUID linkId) {
        return decisions.reissue(id, linkId);
    }

    @POST
    @Path("{linkId}/revocation")
    @Operation(operationId = "revokeProposalCustomerLink", summary = "Revoke a customer link",
            description = "The link no longer opens its page (410). A used or expired link keeps its state.")
    public CustomerLinkView revoke(@PathParam("id") UUID id,
            @Parameter(description = "The link's id.") @PathParam("linkId") UUID linkId) {
        return decisions.revoke(id, linkId);
    }
}
