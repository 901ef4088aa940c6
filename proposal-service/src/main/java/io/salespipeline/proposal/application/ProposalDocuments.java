package io.salespipeline.proposal.application;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.salespipeline.platform.documents.RenderedPdfs;
import io.salespipeline.proposal.domain.Proposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a proposal as PDF: the Qute template {@code templates/proposal.html} (XHTML) laid
 * out by the platform's renderer (DejaVu Sans embedded, so any customer's name prints). The
 * PDF's dates are the proposal's last change and its id comes from the proposal's id, so the
 * same proposal gives the same bytes: it is rendered once per distinct template output
 * ({@link RenderedPdfs}) and any change to what it prints renders anew.
 */
@ApplicationScoped
public class ProposalDocuments {

    @Inject
    @Location("proposal.html")
    Template template;

    @Inject
    RenderedPdfs pdfs;

    @ConfigProperty(name = "sales.seller.company")
    String sellerCompany;

    @ConfigProperty(name = "sales.seller.address")
    String sellerAddress;

    public byte[] render(Proposal proposal) {
        String html = template.data("doc", ProposalDocument.of(proposal, sellerCompany, sellerAddress)).render();
        UUID id = proposal.id();
        return pdfs.render(html, "Proposal " + proposal.quoteNumber() + " v" + proposal.version(), proposal.updatedAt(),
                id.getMostSignificantBits() ^ id.getLeastSignificantBits());
    }
}
