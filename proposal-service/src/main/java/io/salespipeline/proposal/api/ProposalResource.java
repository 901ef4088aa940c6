package io.salespipeline.proposal.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.platform.security.Ownership;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.web.DealListQuery;
import io.salespipeline.platform.web.Page;
import io.salespipeline.proposal.api.ProposalRequests.ApprovalStepInput;
import io.salespipeline.proposal.api.ProposalRequests.DetailsInput;
import io.salespipeline.proposal.api.ProposalRequests.NewLine;
import io.salespipeline.proposal.api.ProposalRequests.PurchaseOrderInput;
import io.salespipeline.proposal.application.ProposalPdfRenderer;
import io.salespipeline.proposal.application.ProposalUseCases;
import io.salespipeline.proposal.application.ProposalDrafts;
import io.salespipeline.proposal.application.ProposalDrafts.AddedLine;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalStatus;
import io.salespipeline.proposal.domain.PurchaseOrderReferences;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import io.salespipeline.platform.documents.PdfResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/proposals")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Proposals", description = "Proposals for prospects ready for one: priced lines with server-computed totals, sending, versions, the PDF document, and the customer's acceptance or rejection.")
public class ProposalResource {

    @Inject
    ProposalUseCases proposals;

    @Inject
    ProposalDrafts drafts;

    @Inject
    ProposalPdfRenderer documents;

    @GET
    @Operation(operationId = "listProposals", summary = "List proposals",
            description = "List proposals, optionally of one deal or in one status (keyset paginated)")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only proposals in this status.", schema = @Schema(implementation = ProposalStatus.class))
    public Page<ProposalView> list(@BeanParam DealListQuery query) {
        return query.page(ProposalStatus.class, proposals::list, Proposal::id, ProposalView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProposal", summary = "Get a proposal",
            description = "One proposal with its lines and totals"
            + ". " + ProposalView.PRICING_RULE)
    public ProposalView get(@PathParam("id") UUID id) {
        return ProposalView.of(proposals.get(id));
    }

    @POST
    @Path("{id}/lines")
    @Operation(operationId = "addProposalLine", summary = "Add a line to the proposal",
            description = "Add a catalogue product as a line (draft only); answers the proposal with its new totals"
            + ". " + "The product must exist in the catalogue, be active and have a price in the proposal's "
                    + "currency (its own price or its price book entry; otherwise 422, type no-price-in-currency: "
                    + "nothing is converted); that price is copied onto the line unless a negotiated unitPrice (in the "
                    + "proposal's currency) is given. " + ProposalView.PRICING_RULE)
    @APIResponse(responseCode = "201", description = "The proposal with the new line and its new totals; Location is the line's URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response addLine(@PathParam("id") UUID id, @NotNull @Valid NewLine body, @Context UriInfo uri) {
        AddedLine added = drafts.addLine(id, body.sku(), body.quantity(), body.unitPrice(),
                body.discountPercent(), body.taxRatePercent());
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(added.lineNo())).build())
                .entity(ProposalView.of(added.proposal())).build();
    }

    @GET
    @Path("{id}/lines/{lineNo}")
    @Operation(operationId = "getProposalLine", summary = "Get a proposal line",
            description = "One line of a proposal"
            + ". " + ProposalView.PRICING_RULE)
    public ProposalLineView line(@PathParam("id") UUID id, @Parameter(description = "The line's number within the proposal (1, 2, ...).", example = "1") @PathParam("lineNo") int lineNo) {
        Proposal proposal = proposals.get(id);
        return proposal.lines().stream().filter(line -> line.lineNo() == lineNo).findFirst()
                .map(line -> ProposalLineView.of(line, proposal.currency()))
                .orElseThrow(() -> new RecordNotFoundException("proposal line", id + "/lines/" + lineNo));
    }

    @DELETE
    @Path("{id}/lines/{lineNo}")
    @Operation(operationId = "removeProposalLine", summary = "Remove a proposal line",
            description = "Remove a line (draft only); answers the proposal with its new totals")
    public ProposalView removeLine(@PathParam("id") UUID id, @Parameter(description = "The line's number within the proposal (1, 2, ...).", example = "1") @PathParam("lineNo") int lineNo) {
        return ProposalView.of(drafts.removeLine(id, lineNo));
    }

    @POST
    @Path("{id}/sending")
    @Operation(operationId = "sendProposal", summary = "Send the proposal",
            description = "Send the draft to the customer (needs at least one line and a validity not yet ended); "
            + "a sent proposal no longer changes. A formal proposal is refused with 409 (type rfp-deadline-passed) "
            + "after its RFP's deadline day (UTC).")
    public ProposalView send(@PathParam("id") UUID id) {
        ProposalView sent = ProposalView.of(proposals.send(id));
        documents.stored(proposals.get(id)); // the PDF sent, rendered once the sending committed
        return sent;
    }

    @POST
    @Path("{id}/approval-steps")
    @Operation(operationId = "recordCustomerApprovalStep", summary = "Record an RFP approval step",
            description = "Record that one of the RFP's approval steps was passed at the customer (a sent formal "
            + "proposal): which step, who approved and when; answers the proposal with the steps still missing. "
            + "A step the RFP does not list is refused with 400, one already recorded with 409.")
    public ProposalView recordApprovalStep(@PathParam("id") UUID id, @NotNull @Valid ApprovalStepInput body) {
        return ProposalView.of(proposals.recordApprovalStep(id, body.step(), body.approvedBy(), body.approvedAt()));
    }

    @POST
    @Path("{id}/acceptance")
    // Not in the API document any more: a client still calling it learns why (403), nothing changes.
    @Operation(hidden = true, operationId = "acceptProposal", summary = "Acceptance is the customer's (always 403)",
            description = "The customer accepts through the link e-mailed to their contact when the version was sent "
                    + "(CustomerActionRequested; page /customer/proposal-decision/{token}): no seller, sales manager or "
                    + "other token may record it, so this answers 403 (type customer-act) and changes nothing. "
                    + "The seller re-sends the link: POST /api/proposals/{id}/customer-links/{linkId}/reissue.")
    public Response accept(@PathParam("id") UUID id) {
        return CustomerActs.refused("acceptance");
    }

    @PUT
    @Path("{id}/details")
    @Operation(operationId = "describeProposal", summary = "Set the proposal's document details",
            description = "Set the document's summary, terms and (PURCHASE_ORDER_QUOTE only) the buyer's purchase-order "
            + "references (draft only); a field left out keeps its value")
    public ProposalView describe(@PathParam("id") UUID id, @NotNull @Valid DetailsInput body) {
        PurchaseOrderInput po = body.purchaseOrder();
        return ProposalView.of(drafts.describe(id, body.summary(), body.terms(), po == null ? null
                : new PurchaseOrderReferences(po.buyerReference(), po.requisitionNumber(), po.costCenter(),
                        po.invoiceAddress())));
    }

    @POST
    @Path("{id}/revisions")
    @Operation(operationId = "reviseProposal", summary = "Revise the proposal",
            description = "Revise a sent (or rejected, or expired) proposal: version n+1 as a new draft with the same "
            + "lines; a SENT version becomes SUPERSEDED. Answers 201 with the new version"
            + ". " + "Only the deal's latest version can be revised (else 409 naming latestVersion and latestId); "
                    + "a draft is edited directly; an accepted proposal is final.")
    @APIResponse(responseCode = "201", description = "The new version, a draft; Location is its URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProposalView.class)))
    public Response revise(@PathParam("id") UUID id, @Context UriInfo uri) {
        Proposal next = proposals.revise(id);
        documents.stored(proposals.get(id)); // it prints as superseded now
        return Response.created(uri.getBaseUriBuilder().path("api/proposals").path(next.id().toString()).build())
                .entity(ProposalView.of(next)).build();
    }

    @GET
    @Path("{id}/revisions")
    @Operation(operationId = "listProposalVersions", summary = "List the proposal's versions",
            description = "The history: every version of this proposal's deal, oldest first")
    public List<ProposalView> versions(@PathParam("id") UUID id) {
        return proposals.versions(id).stream().map(ProposalView::of).toList();
    }

    @GET
    @Path("{id}/document")
    @Produces("application/pdf")
    @Operation(operationId = "getProposalDocument", summary = "Download the proposal PDF",
            description = "The proposal as a PDF document in the format its procurement requires (one-page quote, "
            + "purchase-order quote, or sectioned formal proposal). A sent version's PDF is the one stored when it "
            + "was sent (rendered again, once, when the proposal prints differently since: accepted, rejected, "
            + "superseded, expired); a draft's is rendered for each request. ETag is the SHA-256 of the bytes: "
            + "If-None-Match with it answers 304 without a body.")
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
        Proposal proposal = proposals.get(id);
        return PdfResponses.of(request, documents.document(proposal), proposal.quoteNumber() + ".pdf");
    }

    @PUT
    @Path("{id}/owner")
    @RolesAllowed(Roles.SALES_MANAGER)
    @Operation(operationId = "assignProposalOwner", summary = "Assign the proposal to a seller",
            description = "Assign the deal's proposal (every version) to a seller (sales manager only)")
    public ProposalView assignOwner(@PathParam("id") UUID id, @NotNull @Valid Ownership.OwnerInput body) {
        return ProposalView.of(proposals.assignOwner(id, body.owner()));
    }

    @PUT
    @Path("{id}/sharing")
    @Operation(operationId = "shareProposal", summary = "Share the proposal with sellers",
            description = "Share the deal's proposal (every version) with other sellers (its owner or a sales manager); "
            + "replaces the list")
    public ProposalView share(@PathParam("id") UUID id, @NotNull @Valid Ownership.SharingInput body) {
        return ProposalView.of(proposals.share(id, body.sharedWith()));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(hidden = true, operationId = "rejectProposal", summary = "Rejection is the customer's (always 403)",
            description = "The customer rejects, with a reason, through the link e-mailed to their contact "
                    + "(page /customer/proposal-decision/{token}): no token may record it, so this answers 403 "
                    + "(type customer-act) and changes nothing. A seller who learns of a no revises the offer.")
    public Response reject(@PathParam("id") UUID id) {
        return CustomerActs.refused("rejection");
    }
}
