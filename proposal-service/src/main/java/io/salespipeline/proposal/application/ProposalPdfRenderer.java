package io.salespipeline.proposal.application;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.salespipeline.platform.documents.PdfSource;
import io.salespipeline.platform.documents.Seller;
import io.salespipeline.platform.documents.StoredPdf;
import io.salespipeline.platform.documents.StoredPdfs;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.UUID;

/**
 * A proposal as PDF: the Qute template {@code templates/proposal.html} (XHTML) filled with the
 * {@link ProposalPrintModel} and the seller's identity ({@link Seller}), laid out by the
 * platform's renderer (DejaVu Sans embedded, so any customer's name prints). The PDF's dates are
 * the proposal's last change and its id comes from the proposal's id, so the same proposal gives
 * the same bytes. A sent version's PDF is rendered right after its sending commits (and again
 * after a revision supersedes it: the resource asks) and stored with the proposal ({@link StoredPdfs}, table {@code proposal_document});
 * rendering outside the change's transaction keeps a slow rendering from holding it, and the
 * stored PDF's source key means a PDF older than the proposal is never served. A GET serves the
 * stored bytes, or renders and stores them once when the proposal prints differently since (accepted, expired, sent before documents were stored). A draft changes with
 * every edit: its PDF is rendered for each GET and never stored.
 */
@ApplicationScoped
public class ProposalPdfRenderer {

    static final String TABLE = "proposal_document";

    @Inject
    @Location("proposal.html")
    Template template;

    @Inject
    StoredPdfs pdfs;

    @Inject
    Seller seller;

    /** The PDF as the proposal reads now: a draft's rendered for this answer, any other version's stored. */
    public StoredPdf document(Proposal proposal) {
        return proposal.status() == ProposalStatus.DRAFT ? pdfs.rendered(source(proposal)) : stored(proposal);
    }

    /** Renders and stores the PDF unless the stored one prints the same (rendered outside any transaction). */
    public StoredPdf stored(Proposal proposal) {
        return pdfs.current(TABLE, proposal.id(), source(proposal));
    }

    /**
     * The PDF the customer decides on: while the version is SENT, as it reads now; once they decided,
     * the bytes stored before their decision, which it does not change (none stored: rendered and
     * stored now).
     */
    public StoredPdf forCustomer(Proposal proposal) {
        return proposal.status() == ProposalStatus.SENT || proposal.status() == ProposalStatus.DRAFT
                ? document(proposal) : pdfs.find(TABLE, proposal.id()).orElseGet(() -> stored(proposal));
    }

    /** Forgets the stored PDFs of these proposals (they named a person who is forgotten); the next GET renders anew. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Collection<UUID> proposalIds) {
        pdfs.forget(TABLE, proposalIds);
    }

    /** What the document prints, for a page that shows the same offer (the customer's decision page). */
    public ProposalPrintModel printModel(Proposal proposal) {
        return ProposalPrintModel.of(proposal, seller);
    }

    private PdfSource source(Proposal proposal) {
        String html = template.data("doc", ProposalPrintModel.of(proposal, seller)).render();
        UUID id = proposal.id();
        return new PdfSource(html, "Proposal " + proposal.quoteNumber() + " v" + proposal.version(),
                proposal.updatedAt(), id.getMostSignificantBits() ^ id.getLeastSignificantBits());
    }
}
