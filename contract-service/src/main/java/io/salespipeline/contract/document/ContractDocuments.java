package io.salespipeline.contract.document;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.salespipeline.contract.domain.Contract;
import io.salespipeline.platform.documents.PdfDocuments;
import io.salespipeline.platform.documents.RenderedPdfs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Renders the contract document: the Qute template {@code contract.html} filled with exactly the
 * stored parties, lines, totals and terms, turned into PDF. The same stored contract always gives
 * the same bytes (the PDF's dates are the contract's creation time, its id comes from the
 * contract's id), so the SHA-256 a signer commits to can be recomputed at any time. The PDF is
 * rendered once per distinct template output ({@link RenderedPdfs}); the template is filled anew
 * on every call, so a changed contract never gets an earlier PDF.
 */
@ApplicationScoped
public class ContractDocuments {

    @Inject
    @Location("contract.html")
    Template template;

    @Inject
    RenderedPdfs pdfs;

    public RenderedDocument render(Contract contract) {
        String xhtml = template.data("doc", DocumentModel.of(contract)).render();
        UUID id = contract.id();
        byte[] pdf = pdfs.render(xhtml, "Sales contract " + id, contract.createdAt(),
                id.getMostSignificantBits() ^ id.getLeastSignificantBits());
        return new RenderedDocument(pdf, PdfDocuments.sha256(pdf));
    }

    /** The PDF bytes and their SHA-256 (hex). */
    public record RenderedDocument(byte[] pdf, String sha256) {
    }
}
