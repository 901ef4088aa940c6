package io.salespipeline.platform.documents;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * {@link PdfDocuments#render} once per distinct input: rendering takes ~100 ms of CPU, and its
 * output depends on nothing but its input (the XHTML, title, fixed time and document id), so the
 * bytes are kept under the SHA-256 of that input. A record that changed renders different XHTML
 * and so a new PDF; an unchanged one gets the very same bytes back (what a signature's hash
 * commits to). Bounded by size ({@code sales.documents.cache-size}, bytes of PDF kept);
 * {@code sales_documents_rendered_total} counts the real renderings.
 */
@ApplicationScoped
public class RenderedPdfs {

    private final Cache<String, byte[]> pdfs;
    private final Counter rendered;

    @Inject
    public RenderedPdfs(MeterRegistry registry,
            DocumentSettings settings) {
        this.pdfs = Caffeine.newBuilder().maximumWeight(settings.cacheSize())
                .weigher((String key, byte[] pdf) -> pdf.length).build();
        this.rendered = Counter.builder("sales.documents.rendered")
                .description("PDF documents rendered (not served from the cache)").register(registry);
    }

    /** The same as {@link PdfDocuments#render}, rendered only when this exact input was not rendered before. */
    public byte[] render(String xhtml, String title, Instant fixedTime, long documentId) {
        return render(new PdfSource(xhtml, title, fixedTime, documentId));
    }

    /** The PDF of this source, rendered only when the same source was not rendered before. */
    public byte[] render(PdfSource source) {
        return pdfs.get(source.key(), k -> {
            rendered.increment();
            return PdfDocuments.render(source.xhtml(), source.title(), source.fixedTime(), source.documentId());
        });
    }

    /** How many PDFs were really rendered so far (for tests and operators; also a metric). */
    public long renderings() {
        return (long) rendered.count();
    }
}
