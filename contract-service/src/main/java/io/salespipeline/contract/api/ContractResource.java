package io.salespipeline.contract.api;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.platform.security.Ownership;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.contract.api.ContractRequests.FirstOrderInput;
import io.salespipeline.contract.api.ContractRequests.ReasonInput;
import io.salespipeline.contract.api.ContractRequests.SignatureInput;
import io.salespipeline.contract.application.ContractUseCases;
import io.salespipeline.contract.application.SignatureVerification;
import io.salespipeline.contract.document.ContractDocuments.RenderedDocument;
import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.ContractStatus;
import io.salespipeline.contract.domain.Terms;
import io.salespipeline.platform.web.DealListQuery;
import io.salespipeline.platform.web.Page;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import io.salespipeline.platform.documents.PdfResponses;
import io.salespipeline.platform.documents.StoredPdf;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/contracts")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Contracts", description = "Contracts drafted from accepted proposals: terms, the PDF document, signatures by seller and customer (each bound to the SHA-256 of the document signed) and the first order that closes the deal.")
public class ContractResource {

    @Inject
    ContractUseCases contracts;

    @GET
    @Operation(operationId = "listContracts", summary = "List contracts",
            description = "List contracts, optionally of one deal or in one status (keyset paginated)")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only contracts in this status.", schema = @Schema(implementation = ContractStatus.class))
    public Page<ContractView> list(@BeanParam DealListQuery query) {
        return query.page(ContractStatus.class, contracts::list, Contract::id, ContractView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getContract", summary = "Get a contract",
            description = "One contract, with documentSha256: the SHA-256 of its current PDF document")
    public ContractView get(@PathParam("id") UUID id) {
        return ContractView.of(contracts.get(id));
    }

    @GET
    @Path("{id}/document")
    @Produces("application/pdf")
    @Operation(operationId = "getContractDocument", summary = "Download the contract PDF",
            description = "The contract document (PDF) rendered from exactly the stored lines and terms: the bytes "
            + "whose SHA-256 (documentSha256) a signature records. Once sent for signature, the PDF stored with the "
            + "sending is served; a draft's is rendered for each request. The same contract always gives the same "
            + "bytes. ETag is their SHA-256: If-None-Match with it answers 304 without a body.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "The ETag of the PDF the client holds.",
            schema = @Schema(type = SchemaType.STRING), example = "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"")
    @APIResponse(responseCode = "200", description = "The PDF document.",
            headers = {@Header(name = "ETag", description = "The SHA-256 (hex) of the PDF bytes, quoted (a strong tag).",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Document-SHA256", description = "The SHA-256 (hex) of the PDF bytes.",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current PDF's ETag.",
            headers = @Header(name = "ETag", description = "The SHA-256 (hex) of the PDF bytes, quoted (a strong tag).",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response document(@PathParam("id") UUID id, @Context Request request) {
        RenderedDocument document = contracts.document(id);
        return PdfResponses.of(request, new StoredPdf(document.pdf(), document.sha256(), null),
                "contract-" + id + ".pdf");
    }

    @GET
    @Path("{id}/signatures/verification")
    @Operation(operationId = "verifyContractSignatures", summary = "Verify the contract's signatures",
            description = "Render the document again and check every signature's SHA-256 against it: valid when "
            + "the document is unchanged and every signature that counts carries its hash")
    public SignatureVerification verification(@PathParam("id") UUID id) {
        return contracts.verify(id);
    }

    @POST
    @Path("{id}/revision")
    @Operation(operationId = "reviseContract", summary = "Take a contract back to draft",
            description = "Take a contract sent for signature back to DRAFT so its terms can change; signatures "
            + "given so far no longer count (kept as evidence, marked superseded)")
    public ContractView revise(@PathParam("id") UUID id) {
        return ContractView.of(contracts.revise(id));
    }

    @PUT
    @Path("{id}/terms")
    @Operation(operationId = "editContractTerms", summary = "Replace the contract's terms",
            description = "Replace the terms (only while DRAFT)")
    public ContractView editTerms(@PathParam("id") UUID id, @NotNull @Valid Terms body) {
        return ContractView.of(contracts.editTerms(id, body));
    }

    @POST
    @Path("{id}/sending")
    @Operation(operationId = "sendContract", summary = "Send the contract for signature",
            description = "Send the draft for signature; the customer's country, company and e-mail domain are "
            + "checked against the trade restriction lists first: a blocked sending is a 422 problem of type "
            + "trade-restricted (listed in /api/blocked-deals) and changes nothing")
    @APIResponse(responseCode = "200", description = "The contract, sent for signature.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public ContractView send(@PathParam("id") UUID id) {
        return ContractView.of(contracts.send(id));
    }

    @POST
    @Path("{id}/signatures")
    @Operation(operationId = "signContract", summary = "Sign the contract as the seller",
            description = "The seller signs the PDF sent for signature (role SELLER): documentSha256, the SHA-256 of "
            + "the PDF the signer read, may be left out (the stored document's is taken); 409 if it is not the "
            + "current document's hash. Role CUSTOMER is 403: the customer signs through their signing link, or on "
            + "paper (upload the scan: /api/wet-ink-scans). Both signatures plus the first order close the deal "
            + "(DealClosed).")
    public ContractView sign(@PathParam("id") UUID id, @NotNull @Valid SignatureInput body) {
        return ContractView.of(contracts.sign(id, body.role(), body.signerName(), body.signerEmail(),
                body.documentSha256()));
    }

    @POST
    @Path("{id}/first-order")
    @Operation(operationId = "placeFirstOrder", summary = "Record a purchase order the customer mailed",
            description = "Record the first order the customer sent by mail (receivedBy MAIL; the customer places "
            + "it themselves through their first-order link): all accepted lines, or some in quantities no larger "
            + "than accepted; once. With both signatures it closes the deal (DealClosed).")
    public ContractView placeFirstOrder(@PathParam("id") UUID id, @NotNull @Valid FirstOrderInput body) {
        return ContractView.of(contracts.placeFirstOrder(id, body.poNumber(), body.requestedDeliveryDate(),
                body.lines()));
    }

    @POST
    @Path("{id}/decline")
    @Operation(operationId = "declineContract", summary = "Record the customer's refusal to sign",
            description = "The customer declines to sign: the deal is lost (sales.deal.lost)")
    public ContractView decline(@PathParam("id") UUID id, @NotNull @Valid ReasonInput body) {
        return ContractView.of(contracts.decline(id, body.reason()));
    }

    @POST
    @Path("{id}/voiding")
    @Operation(operationId = "voidContract", summary = "Void the contract",
            description = "Void the contract (before it is signed)")
    public ContractView voidContract(@PathParam("id") UUID id, @NotNull @Valid ReasonInput body) {
        return ContractView.of(contracts.voidContract(id, body.reason()));
    }

    @PUT
    @Path("{id}/owner")
    @RolesAllowed(Roles.SALES_MANAGER)
    @Operation(operationId = "assignContractOwner", summary = "Assign the contract to a seller",
            description = "Assign the contract to a seller (sales manager only)")
    public ContractView assignOwner(@PathParam("id") UUID id, @NotNull @Valid Ownership.OwnerInput body) {
        return ContractView.of(contracts.assignOwner(id, body.owner()));
    }

    @PUT
    @Path("{id}/sharing")
    @Operation(operationId = "shareContract", summary = "Share the contract with sellers",
            description = "Share the contract with other sellers (its owner or a sales manager; someone it is only "
            + "shared with gets 403); replaces the list")
    public ContractView share(@PathParam("id") UUID id, @NotNull @Valid Ownership.SharingInput body) {
        return ContractView.of(contracts.share(id, body.sharedWith()));
    }
}
