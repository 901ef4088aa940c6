package io.salespipeline.contract.api;

import io.salespipeline.contract.application.WetInkSignatures;
import io.salespipeline.contract.domain.WetInkScan;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customer signatures given on paper: the seller uploads the signed scan (its own path, so that
 * only it takes bodies of a few MiB); a sales manager confirms it before it counts.
 */
@Path("/api/wet-ink-scans")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Wet-ink signatures", description = "The customer signed the contract on paper: the seller uploads the "
        + "signed scan; it counts as the customer's signature once a sales manager other than the uploader confirms it.")
public class WetInkScanResource {

    private static final String CONTRACT = "The contract the scan is of (required).";

    @jakarta.inject.Inject
    WetInkSignatures signatures;

    @POST
    @Consumes("application/pdf")
    @Operation(operationId = "uploadWetInkScan", summary = "Upload the scan of a contract signed on paper",
            description = "The body is the signed scan as a PDF (at most 5 MiB, else 413/400), for the document "
            + "awaiting the customer's signature now. Stored; it does not count until a sales manager confirms it.")
    @RequestBody(required = true, content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "The scan, stored, awaiting confirmation.",
            headers = @Header(name = "Location", description = "The scan's address.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WetInkScanView.class)))
    public Response upload(@Parameter(description = CONTRACT) @QueryParam("contractId") @NotNull UUID contractId,
            @Parameter(description = "The name the customer signed with, as on the scan (required, at most 200 "
                    + "characters).", example = "Maria Schmidt") @QueryParam("signerName") String signerName,
            @Parameter(description = "The signer's e-mail address; absent: the contract's contact's.",
                    example = "maria.schmidt@acme.example") @QueryParam("signerEmail")
            String signerEmail, byte[] pdf) {
        WetInkScan scan = signatures.upload(contractId, signerName, signerEmail, pdf);
        return Response.created(UriBuilder.fromPath("/api/wet-ink-scans/{id}").build(scan.id()))
                .entity(WetInkScanView.of(scan)).build();
    }

    @GET
    @Operation(operationId = "listWetInkScans", summary = "List a contract's wet-ink scans",
            description = "The scans uploaded for one contract, oldest first")
    public List<WetInkScanView> list(@Parameter(description = CONTRACT) @QueryParam("contractId") @NotNull UUID contractId) {
        return signatures.list(contractId).stream().map(WetInkScanView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWetInkScan", summary = "Get a wet-ink scan", description = "One uploaded scan")
    public WetInkScanView get(@Parameter(description = CONTRACT) @QueryParam("contractId") @NotNull UUID contractId, @PathParam("id") UUID id) {
        return WetInkScanView.of(signatures.get(contractId, id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getWetInkScanPdf", summary = "Download a wet-ink scan",
            description = "The scan's bytes, as uploaded")
    @APIResponse(responseCode = "200", description = "The scan.",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@Parameter(description = CONTRACT) @QueryParam("contractId") @NotNull UUID contractId, @PathParam("id") UUID id) {
        WetInkScan scan = signatures.get(contractId, id);
        return Response.ok(scan.pdf(), "application/pdf").header("X-Document-SHA256", scan.scanSha256()).build();
    }

    @POST
    @Path("{id}/confirmation")
    @RolesAllowed(Roles.SALES_MANAGER)
    @Operation(operationId = "confirmWetInkScan", summary = "Confirm a wet-ink scan (sales manager)",
            description = "A sales manager other than the uploader confirms the scan: it counts as the customer's "
            + "signature of the document it was uploaded for (409 after a revision, or when already confirmed)")
    public ContractView confirm(@Parameter(description = CONTRACT) @QueryParam("contractId") @NotNull UUID contractId, @PathParam("id") UUID id) {
        return ContractView.of(signatures.confirm(contractId, id));
    }
}
