package io.salespipeline.contract.document;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.ContractStatus;
import io.salespipeline.platform.documents.PdfSource;
import io.salespipeline.platform.documents.RenderedPdfs;
import io.salespipeline.platform.documents.StoredPdf;
import io.salespipeline.platform.documents.StoredPdfs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.UUID;

/**
 * The contract document: the Qute template {@code contract.html} filled with exactly the stored
 * parties, lines, totals and terms, turned into PDF. The same stored contract always gives the
 * same bytes (the PDF's dates are the contract's creation time, its id comes from the contract's
 * id), so the SHA-256 a signer commits to can be recomputed at any time. The PDF sent for
 * signature is stored with the contract ({@link StoredPdfs}, table {@code contract_document}) in
 * the transaction that sends it; a GET serves those bytes, or renders and stores them once when
 * there are none (sent before documents were stored; forgotten with an erased person). A revision
 * forgets them with the sending. A
 * draft's PDF is rendered for each GET and never stored ({@link RenderedPdfs} keeps repeats cheap).
 */
@ApplicationScoped
public class ContractDocuments {

    static final String TABLE = "contract_document";

    @Inject
    @Location("contract.html")
    Template template;

    @Inject
    StoredPdfs pdfs;

    /** The PDF as the contract reads now, not stored. */
    public RenderedDocument render(Contract contract) {
        return RenderedDocument.of(pdfs.rendered(source(contract)));
    }

    /**
     * A draft's PDF rendered for this answer; any other contract's as stored when it was sent for
     * signature (the evidence signatures commit to, whatever the row says since), rendered and
     * stored once when there is none (sent before documents were stored, or forgotten).
     */
    public RenderedDocument document(Contract contract) {
        if (contract.status() == ContractStatus.DRAFT) {
            return render(contract);
        }
        return pdfs.find(TABLE, contract.id()).map(RenderedDocument::of).orElseGet(() -> stored(contract));
    }

    /** Renders and stores the PDF unless the stored one prints the same; stores in the caller's transaction, if any. */
    public RenderedDocument stored(Contract contract) {
        return RenderedDocument.of(pdfs.current(TABLE, contract.id(), source(contract)));
    }

    /** Forgets the stored PDFs of these contracts (back to draft, or they named a person who is forgotten). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Collection<UUID> contractIds) {
        pdfs.forget(TABLE, contractIds);
    }

    private PdfSource source(Contract contract) {
        String xhtml = template.data("doc", DocumentModel.of(contract)).render();
        UUID id = contract.id();
        return new PdfSource(xhtml, "Sales contract " + id, contract.createdAt(),
                id.getMostSignificantBits() ^ id.getLeastSignificantBits());
    }

    /** The PDF bytes and their SHA-256 (hex). */
    public record RenderedDocument(byte[] pdf, String sha256) {

        static RenderedDocument of(StoredPdf pdf) {
            return new RenderedDocument(pdf.pdf(), pdf.sha256());
        }
    }
}
