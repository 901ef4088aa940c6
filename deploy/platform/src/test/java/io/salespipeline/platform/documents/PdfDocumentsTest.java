package io.salespipeline.platform.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

    private static final String HTML = """
            <html><head><title>t</title><style>body { font-family: 'DejaVu Sans'; }</style></head>
            <body><h1>Sales contract</h1><p>%s</p></body></html>""";
    private static final Instant AT = Instant.parse("2026-11-23T10:15:30Z");

    @Test
    void theSameInputGivesTheSameBytesAndHashEvenLater() throws Exception {
        byte[] first = PdfDocuments.render(HTML.formatted("Payment within 30 days"), "Contract", AT, 42L);
        Thread.sleep(1100); // a clock-derived date or id would now differ
        byte[] second = PdfDocuments.render(HTML.formatted("Payment within 30 days"), "Contract", AT, 42L);
        assertArrayEquals(first, second);
        assertEquals(PdfDocuments.sha256(first), PdfDocuments.sha256(second));
        assertEquals(64, PdfDocuments.sha256(first).length());
    }

    @Test
    void anyChangeOfTheTextChangesTheHash() {
        byte[] first = PdfDocuments.render(HTML.formatted("Payment within 30 days"), "Contract", AT, 42L);
        byte[] changed = PdfDocuments.render(HTML.formatted("Payment within 31 days"), "Contract", AT, 42L);
        assertNotEquals(PdfDocuments.sha256(first), PdfDocuments.sha256(changed));
    }

    @Test
    void anyLanguagePrintsWithTheEmbeddedFont() throws IOException {
        byte[] pdf = PdfDocuments.render(HTML.formatted("ООО «Ромашка», Иван Петров — Ελλάδα"), "Contract", AT, 7L);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("ООО «Ромашка», Иван Петров — Ελλάδα"));
        }
    }

    @Test
    void theTextAndTheFixedDatesAreInThePdf() throws IOException {
        byte[] pdf = PdfDocuments.render(HTML.formatted(PdfDocuments.escape("Müller & Söhne <GmbH>")), "Contract", AT, 7L);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Sales contract"), text);
            assertTrue(text.contains("Müller & Söhne <GmbH>"), text);
            assertEquals(AT.toEpochMilli(), document.getDocumentInformation().getCreationDate().getTimeInMillis());
            assertEquals("Contract", document.getDocumentInformation().getTitle());
        }
    }
}
