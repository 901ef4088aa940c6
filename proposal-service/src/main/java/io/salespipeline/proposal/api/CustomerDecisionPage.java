package io.salespipeline.proposal.api;

import io.salespipeline.platform.customerlink.CustomerPages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.salespipeline.platform.documents.PdfResponses;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.proposal.application.CustomerDecisions;
import io.salespipeline.proposal.application.CustomerDecisions.Decision;
import io.salespipeline.proposal.application.ProposalPdfRenderer;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalStatus;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer's page for deciding on a sent proposal, opened from the link their contact was
 * e-mailed: the offer and its PDF, and forms to accept or reject exactly the version the link is
 * for. No token: the link is the permission ({@code @PermitAll}). A refused decision shows the page
 * again with the reason; an unusable link answers a problem page (404/410).
 */
@Path("/customer/proposal-decision/{token}")
@PermitAll
@Tag(name = "Customer decision page", description = "The customer's own page, opened from the link e-mailed to "
        + "their contact (CustomerActionRequested): HTML for a browser, forms to accept or reject the version the "
        + "link was issued for. No bearer token: the link's token is the permission.")
public class CustomerDecisionPage {


    @Inject
    CustomerDecisions decisions;

    @Inject
    ProposalPdfRenderer documents;

    @Inject
    @Location("customer-decision.html")
    Template page;

    @Parameter(name = "token", description = "The link's token, as in the e-mailed URL (43 URL-safe characters).",
            example = "G8wKtO5hwDwf55jLisaaUCeteEipHwrT1XQmh457HPI")
    @PathParam("token")
    String token;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showCustomerDecisionPage", summary = "The customer's decision page",
            description = "The offer of the version the link is for, a link to its PDF and, while it is open, the "
                    + "forms to accept or reject it. An unknown link is 404, an expired, used or revoked one 410.")
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = "text/html",
            schema = @Schema(type = SchemaType.STRING)))
    public Response show() {
        Decision decision = decisions.open(token);
        return html(200, decision.link().contact().name(), decision.proposal(), null, null);
    }

    @GET
    @Path("document")
    @Produces("application/pdf")
    @Operation(operationId = "getCustomerProposalDocument", summary = "The PDF the customer decides on",
            description = "The stored PDF of the version the link is for: while the link is live, and after the "
                    + "customer's acceptance or rejection spent it (the same bytes they decided on, for "
                    + "sales.customer-links.readable-after-use, default 30 days, after the decision). An unknown "
                    + "link is 404, an expired or revoked one 410.")
    @APIResponse(responseCode = "200", description = "The PDF document.", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@Context Request request) {
        Proposal proposal = decisions.toRead(token);
        return CustomerPages.noStore(PdfResponses.of(request, documents.forCustomer(proposal),
                proposal.quoteNumber() + ".pdf"));
    }

    @POST
    @Path("acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "acceptProposalAsCustomer", summary = "The customer accepts",
            description = "Accepts the version the link is for (form field version must name it); spends the link. "
                    + "Records the link, IP address, user agent and time; publishes sales.proposal.accepted.")
    @APIResponse(responseCode = "200", description = "The page, confirming the acceptance.",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public Response accept(@FormParam("version") String version, @Context HttpServerRequest http) {
        return decide(() -> decisions.accept(token, version(version), CustomerPages.ip(http), http.getHeader("User-Agent")),
                "Thank you: you accepted this offer. The seller will send you the contract.");
    }

    @POST
    @Path("rejection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "rejectProposalAsCustomer", summary = "The customer rejects",
            description = "Rejects the version the link is for with a reason (required); spends the link. "
                    + "Publishes sales.proposal.rejected.")
    @APIResponse(responseCode = "200", description = "The page, confirming the rejection.",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public Response reject(@FormParam("version") String version, @FormParam("reason") String reason,
            @Context HttpServerRequest http) {
        return decide(() -> decisions.reject(token, version(version), reason, CustomerPages.ip(http), http.getHeader("User-Agent")),
                "You rejected this offer. The seller has your reason.");
    }

    private Response decide(java.util.function.Supplier<Proposal> decision, String confirmation) {
        try {
            Proposal decided = decision.get();
            return html(200, decided.customer().contactName(), decided, null, confirmation);
        } catch (InvalidInputException e) {
            return refused(400, e.errors().stream().map(error -> error.field() + " " + error.message())
                    .reduce((a, b) -> a + "; " + b).orElse("The form is not complete."));
        } catch (IllegalTransitionException e) {
            return refused(409, e.getMessage());
        }
    }

    /** The page again, with why the decision was refused (the link may still be live, or no longer). */
    private Response refused(int status, String reason) {
        Decision decision = decisions.open(token);
        return html(status, decision.link().contact().name(), decision.proposal(), reason, null);
    }

    private Response html(int status, String contactName, Proposal proposal, String error, String done) {
        String base = "/customer/proposal-decision/" + token;
        String body = page.data("doc", documents.printModel(proposal)).data("contactName", contactName)
                .data("open", done == null && proposal.status() == ProposalStatus.SENT)
                .data("error", error).data("done", done)
                .data("documentPath", base + "/document").data("acceptancePath", base + "/acceptance")
                .data("rejectionPath", base + "/rejection").render();
        return CustomerPages.html(status, body);
    }

    private static Integer version(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("version", "is required");
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "must be a whole number");
        }
    }
}
