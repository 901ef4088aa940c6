package io.salespipeline.platform.documents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Everything a PDF is rendered from ({@link PdfDocuments#render}): the filled template, the
 * title, the fixed time and the document id. The output depends on nothing else, so
 * {@link #key()} names the PDF before it is rendered.
 */
public record PdfSource(String xhtml, String title, Instant fixedTime, long documentId) {

    /** SHA-256 (hex) of the whole input: equal keys, equal bytes. */
    public String key() {
        return PdfDocuments.sha256((title + '\u0000' + fixedTime + '\u0000' + documentId + '\u0000' + xhtml)
                .getBytes(StandardCharsets.UTF_8));
    }
}
