package io.salespipeline.platform.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a document people read and sign (XHTML, e.g. from a Qute template) to PDF with
 * openhtmltopdf, byte for byte the same every time for the same input: the creation and
 * modification dates and the PDF document id come from the caller (a stored time and the
 * record's id), never from the clock, so a SHA-256 over the bytes is stable and a signature
 * can commit to it. Fonts come from this jar, never from the machine: DejaVu Sans (regular and
 * bold, Unicode incl. Cyrillic), embedded as deterministic subsets; templates use
 * {@code font-family: 'DejaVu Sans'} ({@link #FONT_FAMILY}).
 *
 * <p>Not a CDI bean: the openhtmltopdf dependency is optional in the platform, and only services
 * that render documents declare it.
 */
public final class PdfDocuments {

    /** The font family templates should name: embedded, so any language prints and the bytes do not depend on the machine. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONTS = "/io/salespipeline/platform/documents/fonts/";

    private PdfDocuments() {
    }

    /**
     * @param xhtml     well-formed XHTML (openhtmltopdf parses XML)
     * @param title     the PDF's title metadata
     * @param fixedTime the stored time to write as creation and modification date
     * @param documentId a number identifying the document (e.g. from the record's id) for the PDF trailer id
     */
    public static byte[] render(String xhtml, String title, Instant fixedTime, long documentId) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("sales-pipeline");
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"), FONT_FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"), FONT_FAMILY,
                    700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
                PDDocument document = renderer.getPdfDocument();
                PDDocumentInformation info = document.getDocumentInformation();
                Calendar time = calendar(fixedTime);
                info.setTitle(title);
                info.setCreationDate(time);
                info.setModificationDate(time);
                // Without an id PDFBox derives the trailer /ID from the clock.
                document.setDocumentId(documentId);
                document.save(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering a PDF in memory failed", e);
        }
    }

    /** Hex SHA-256 of exactly these bytes: what a signature commits to. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Escapes text for XHTML content and attributes (for hand-built markup; Qute escapes by itself). */
    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
