package io.salespipeline.platform.documents;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rendered documents kept in memory ({@code sales.documents.*}). */
@ConfigMapping(prefix = "sales.documents")
public interface DocumentSettings {

    /** Bytes of rendered PDFs the cache may hold. */
    @WithDefault("64000000")
    long cacheSize();
}
