package io.salespipeline.platform.customerlink;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where customer links point and how long they hold. */
@ConfigMapping(prefix = "sales.customer-links")
public interface CustomerLinkSettings {

    /**
     * The address the customer's browser reaches this service's pages at (no trailing slash),
     * e.g. {@code https://sales.example.com}; env {@code SALES_CUSTOMER_LINKS_PUBLIC_URL}.
     */
    @WithDefault("${SALES_PUBLIC_URL:http://localhost:${quarkus.http.port:8080}}")
    String publicUrl();

    /** How long a link holds when the issuer gives no expiry of its own (ISO-8601 or e.g. {@code 14d}). */
    @WithDefault("P14D")
    Duration validFor();

    /**
     * How long after its use a spent link still reads what it was for ({@link CustomerLinks#openToRead}):
     * the customer can download again the document they decided on or signed.
     */
    @WithDefault("P30D")
    Duration readableAfterUse();
}
