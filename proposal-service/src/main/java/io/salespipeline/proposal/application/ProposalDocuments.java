package io.salespipeline.proposal.application;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.salespipeline.proposal.domain.Proposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a proposal as PDF: the Qute template {@code templates/proposal.html} (XHTML) laid
 * out by openhtmltopdf on PDFBox. DejaVu Sans is embedded so that any customer's name prints
 * (Cyrillic, accents), whatever fonts the host has.
 */
@ApplicationScoped
public class ProposalDocuments {

    private static final String FONT = "DejaVu Sans";

    @Inject
    @Location("proposal.html")
    Template template;

    @ConfigProperty(name = "sales.seller.company")
    String sellerCompany;

    @ConfigProperty(name = "sales.seller.address")
    String sellerAddress;

    public byte[] render(Proposal proposal) {
        String html = template.data("doc", ProposalDocument.of(proposal, sellerCompany, sellerAddress)).render();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering proposal " + proposal.id() + " failed", e);
        }
    }

    private static InputStream font(String file) {
        return ProposalDocuments.class.getResourceAsStream("/fonts/" + file);
    }
}
