package io.salespipeline.contract.api;

import io.salespipeline.contract.application.ContractLinks;
import io.salespipeline.platform.customerlink.CustomerLinkView;
import io.salespipeline.platform.security.Roles;
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

/** The seller's view of the links the customer's contact was given for a contract: never their token or URL. */
@Path("/api/contracts/{id}/customer-links")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Contract customer links", description = "The links e-mailed to the customer's contact to sign the "
        + "contract and to place the first order: listed, re-issued (a new token, the old one revoked) or revoked by "
        + "the seller, never shown with their token.")
public class ContractCustomerLinkResource {

    @Inject
    ContractLinks links;

    @GET
    @Operation(operationId = "listContractCustomerLinks", summary = "List the contract's customer links",
            description = "Every signing and first-order link issued for this contract: purpose, contact, state (LIVE, "
                    + "EXPIRED, USED, REVOKED), who issued it and when, expiry, use and revocation.")
    public List<CustomerLinkView> list(@PathParam("id") UUID id) {
        return links.list(id);
    }

    @POST
    @Path("{linkId}/reissue")
    @Operation(operationId = "reissueContractCustomerLink", summary = "Re-issue a customer link",
            description = "A new link for the same contact and purpose while the contract awaits that act (else 409); "
                    + "the old one is revoked. The new URL goes to the contact only, in "
                    + "sales.contract.customer-action-requested; the answer is the new link without it.")
    public CustomerLinkView reissue(@PathParam("id") UUID id,
            @Parameter(description = "The link's id.") @PathParam("linkId") UUID linkId) {
        return links.reissue(id, linkId);
    }

    @POST
    @Path("{linkId}/revocation")
    @Operation(operationId = "revokeContractCustomerLink", summary = "Revoke a customer link",
            description = "The link no longer opens its page (410). A used or expired link keeps its state.")
    public CustomerLinkView revoke(@PathParam("id") UUID id,
            @Parameter(description = "The link's id.") @PathParam("linkId") UUID linkId) {
        return links.revokeOne(id, linkId);
    }
}
