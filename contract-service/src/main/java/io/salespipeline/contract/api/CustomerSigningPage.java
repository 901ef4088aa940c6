package io.salespipeline.contract.api;

import io.salespipeline.platform.customerlink.CustomerPages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.salespipeline.contract.application.CustomerSigning;
import io.salespipeline.contract.application.CustomerSigning.Signing;
import io.salespipeline.contract.document.ContractDocuments;
import io.salespipeline.contract.document.ContractDocuments.RenderedDocument;
import io.salespipeline.contract.document.DocumentModel;
import io.salespipeline.contract.domain.OneTimeCodePolicy;
import io.salespipeline.contract.domain.SigningCode;
import io.salespipeline.platform.documents.PdfResponses;
import io.salespipeline.platform.documents.StoredPdf;
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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer's page for signing the contract, opened from the link their contact was e-mailed:
 * the stored PDF and its SHA-256, a button that e-mails a one-time code, and the signing form
 * (typed name, the hash confirmed, the code). The link is the permission ({@code @PermitAll}); an
 * unusable link answers a problem page (404/410).
 */
@Path("/customer/contract-signature/{token}")
@PermitAll
@Tag(name = "Customer signing page", description = "The customer's own page, opened from the link e-mailed to their "
        + "contact (CustomerActionRequested): the contract PDF and its SHA-256, a one-time code e-mailed on request "
        + "(SigningCodeSent), and the signature. No bearer token: the link's token is the permission.")
public class CustomerSigningPage {

    @Inject
    CustomerSigning signing;

    @Inject
    ContractDocuments documents;

    @Inject
    @Location("customer-signature.html")
    Template page;

    @Parameter(name = "token", description = "The link's token, as in the e-mailed URL (43 URL-safe characters).",
            example = "q3Jx7Yb0vN2kT8mWc5LdR1sPz6HfA9eGu4iKo_VnB-E")
    @PathParam("token")
    String token;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showCustomerSigningPage", summary = "The customer's signing page",
            description = "The contract sent for signature, its PDF and SHA-256 and the signing forms. An unknown "
                    + "link is 404, an expired, used or revoked one 410.")
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = "text/html",
            schema = @Schema(type = SchemaType.STRING)))
    public Response show() {
        return html(200, signing.open(token), null, null);
    }

    @GET
    @Path("document")
    @Produces("application/pdf")
    @Operation(operationId = "getCustomerContractDocument", summary = "The PDF the customer signs",
            description = "The stored PDF sent for signature, while the link is live; ETag and X-Document-SHA256 are its SHA-256.")
    @APIResponse(responseCode = "200", description = "The PDF document.", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@Context Request request) {
        Signing open = signing.open(token);
        RenderedDocument document = documents.document(open.contract());
        return CustomerPages.noStore(PdfResponses.of(request, new StoredPdf(document.pdf(), document.sha256(), null),
                "contract-" + open.contract().id() + ".pdf"));
    }

    @POST
    @Path("code")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "sendCustomerSigningCode", summary = "E-mail a one-time code",
            description = "A new 6-digit code for this link, valid 10 minutes for 5 tries, published for the mailer "
                    + "to the contact's address (SigningCodeSent); an earlier code stops working. Never in any answer.")
    @APIResponse(responseCode = "200", description = "The page, saying where the code went.",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public Response sendCode() {
        return CustomerPages.act(() -> {
            signing.sendCode(token);
            return html(200, signing.open(token), null, null);
        }, refused -> html(refused.status(), signing.open(token), refused.reason(), null));
    }

    @POST
    @Path("signature")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "signContractAsCustomer", summary = "The customer signs",
            description = "Signs the stored document: signerName (typed), documentSha256 (the hash shown) with "
                    + "hashConfirmed, and the e-mailed code. Records the link, the code check, IP address, user agent "
                    + "and the hash; spends the link; publishes sales.contract.signed. A wrong code is 400 and counts a "
                    + "try; an expired, used or exhausted code is 409.")
    @APIResponse(responseCode = "200", description = "The page, confirming the signature.",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public Response sign(@FormParam("signerName") String signerName, @FormParam("documentSha256") String documentSha256,
            @FormParam("hashConfirmed") String hashConfirmed, @FormParam("code") String code,
            @Context HttpServerRequest http) {
        return CustomerPages.act(() -> html(200, signing.sign(token, signerName, documentSha256,
                hashConfirmed != null && !hashConfirmed.isBlank(), code, CustomerPages.ip(http),
                http.getHeader("User-Agent")), null, "Thank you: you signed this contract. A copy of the document you "
                + "signed stays available to you from the seller."),
                refused -> html(refused.status(), signing.open(token), refused.reason(), null));
    }

    private Response html(int status, Signing open, String error, String done) {
        String base = "/customer/contract-signature/" + token;
        OneTimeCodePolicy policy = OneTimeCodePolicy.STANDARD;
        SigningCode code = open.code().filter(c -> c.usedAt() == null && c.expiresAt().isAfter(Instant.now())).orElse(null);
        String body = page.data("doc", DocumentModel.of(open.contract())).data("contactName", open.link().contact().name())
                .data("sha256", open.contract().documentSha256())
                .data("open", done == null && open.contract().awaitsCustomerSignature())
                .data("error", error).data("done", done)
                .data("codeSent", code != null).data("codeExpiresAt", code == null ? null : code.expiresAt())
                .data("codeDigits", policy.digits()).data("codePattern", "[0-9]{" + policy.digits() + "}")
                .data("maskedEmail", CustomerPages.masked(open.link().contact().email()))
                .data("documentPath", base + "/document").data("codePath", base + "/code")
                .data("signaturePath", base + "/signature").render();
        return CustomerPages.html(status, body);
    }
}
