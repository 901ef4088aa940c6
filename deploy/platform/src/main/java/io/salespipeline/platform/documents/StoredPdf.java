package io.salespipeline.platform.documents;

/**
 * A rendered PDF: its bytes, their SHA-256 (hex; what a signature commits to and the strong
 * {@code ETag}) and the {@link PdfSource#key() key} of what it was rendered from.
 */
public record StoredPdf(byte[] pdf, String sha256, String sourceKey) {

    static StoredPdf of(byte[] pdf, String sourceKey) {
        return new StoredPdf(pdf, PdfDocuments.sha256(pdf), sourceKey);
    }
}
