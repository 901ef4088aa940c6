package io.salespipeline.contract.api;

import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.contract.api.ContractRequests.FirstOrderInput;
import io.salespipeline.contract.api.ContractRequests.ReasonInput;
import io.salespipeline.contract.api.ContractRequests.SignatureInput;
import io.salespipeline.contract.application.Contracts;
import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.ContractStatus;
import io.salespipeline.contract.domain.Terms;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/contracts")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Contracts")
public class ContractResource {

    @Inject
    Contracts contracts;

    @GET
    @Operation(summary = "List contracts, optionally of one deal or in one status (keyset paginated)")
    public Page<ContractView> list(@QueryParam("dealId") String dealId, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(contracts.list(QueryParams.uuid("dealId", dealId),
                QueryParams.enumValue(ContractStatus.class, "status", status), page), page, Contract::id,
                ContractView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One contract, with documentSha256: the SHA-256 of its current document text")
    public ContractView get(@PathParam("id") UUID id) {
        return ContractView.of(contracts.get(id));
    }

    @GET
    @Path("{id}/document")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The contract document as signed: exactly the text whose SHA-256 a signature records")
    public String document(@PathParam("id") UUID id) {
        return contracts.get(id).document().text();
    }

    @PUT
    @Path("{id}/terms")
    @Operation(summary = "Replace the terms (only while DRAFT)")
    public ContractView editTerms(@PathParam("id") UUID id, @NotNull @Valid Terms body) {
        return ContractView.of(contracts.editTerms(id, body));
    }

    @POST
    @Path("{id}/sending")
    @Operation(summary = "Send the draft for signature")
    public ContractView send(@PathParam("id") UUID id) {
        return ContractView.of(contracts.send(id));
    }

    @POST
    @Path("{id}/signatures")
    @Operation(summary = "Sign as SELLER or CUSTOMER; documentSha256, if given, must be the current document's "
            + "hash. Both signatures plus the first order close the deal (DealClosed).")
    public ContractView sign(@PathParam("id") UUID id, @NotNull @Valid SignatureInput body) {
        return ContractView.of(contracts.sign(id, body.role(), body.signerName(), body.signerEmail(),
                body.documentSha256()));
    }

    @POST
    @Path("{id}/first-order")
    @Operation(summary = "Place the first order: all accepted lines, or some in quantities no larger than "
            + "accepted; once. With both signatures it closes the deal (DealClosed).")
    public ContractView placeFirstOrder(@PathParam("id") UUID id, @NotNull @Valid FirstOrderInput body) {
        return ContractView.of(contracts.placeFirstOrder(id, body.poNumber(), body.requestedDeliveryDate(),
                body.lines()));
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "The customer declines to sign: the deal is lost (sales.deal.lost)")
    public ContractView decline(@PathParam("id") UUID id, @NotNull @Valid ReasonInput body) {
        return ContractView.of(contracts.decline(id, body.reason()));
    }

    @POST
    @Path("{id}/voiding")
    @Operation(summary = "Void the contract (before it is signed)")
    public ContractView voidContract(@PathParam("id") UUID id, @NotNull @Valid ReasonInput body) {
        return ContractView.of(contracts.voidContract(id, body.reason()));
    }
}
