package io.salespipeline.proposal.application;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.salespipeline.platform.documents.RenderedPdfs;
import io.salespipeline.platform.documents.Seller;
import io.salespipeline.proposal.domain.Proposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Renders a proposal as PDF: the Qute template {@code templates/proposal.html} (XHTML) filled
 * with the {@link ProposalPrintModel} and the seller's identity ({@link Seller}), laid out by the
 * platform's renderer (DejaVu Sans embedded, so any customer's name prints). The PDF's dates are
 * the proposal's last change and its id comes from the proposal's id, so the same proposal gives
 * the same bytes: it is rendered once per distinct template output ({@link RenderedPdfs}) and any
 * change to what it prints renders anew.
 */
@ApplicationScoped
public class ProposalPdfRenderer {

    @Inject
    @Location("proposal.html")
    Template template;

    @Inject
    RenderedPdfs pdfs;

    @Inject
    Seller seller;

    public byte[] render(Proposal proposal) {
        String html = template.data("doc", ProposalPrintModel.of(proposal, seller)).render();
        UUID id = proposal.id();
        return pdfs.render(html, "Proposal " + proposal.quoteNumber() + " v" + proposal.version(), proposal.updatedAt(),
                id.getMostSignificantBits() ^ id.getLeastSignificantBits());
    }
}
