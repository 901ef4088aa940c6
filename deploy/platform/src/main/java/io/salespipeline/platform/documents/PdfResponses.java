package io.salespipeline.platform.documents;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * The answer to a GET of a PDF: the bytes with a strong {@code ETag} (their SHA-256), or
 * {@code 304 Not Modified} without a body when {@code If-None-Match} names that tag (JAX-RS
 * {@link Request#evaluatePreconditions(EntityTag)}). The hash is also sent as
 * {@code X-Document-SHA256}, bare, for clients that sign it.
 */
public final class PdfResponses {

    private PdfResponses() {
    }

    public static Response of(Request request, StoredPdf pdf, String filename) {
        EntityTag tag = new EntityTag(pdf.sha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(pdf.pdf(), "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"" + filename + "\"");
        return answer.tag(tag).header("X-Document-SHA256", pdf.sha256()).build();
    }
}
