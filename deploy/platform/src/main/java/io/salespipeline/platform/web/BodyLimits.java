package io.salespipeline.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Oversized bodies (OWASP API4) answer 413 problem+json before anything reads them. One limit
 * for every request ({@code sales.http.body-limit.default}), larger ones per path prefix
 * ({@code sales.http.body-limit.paths."/api/lead-imports"=20M}). Vert.x's own limit
 * ({@code quarkus.http.limits.max-body-size}) stays the backstop for bodies without a
 * Content-Length and must be at least the largest per-path limit.
 */
@ApplicationScoped
public class BodyLimits {

    @ConfigMapping(prefix = "sales.http.body-limit")
    public interface Config {
        /** Bytes, or with K/M suffix. */
        @WithDefault("256K")
        String defaultLimit();

        Map<String, String> paths();
    }

    @Inject
    Config config;

    void register(@Observes Filters filters) {
        long standard = bytes(config.defaultLimit());
        filters.register(context -> check(context, standard), 200);
    }

    private void check(RoutingContext context, long standard) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long limit = limitFor(context.normalizedPath(), standard);
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared > limit) {
                ProblemResponses.end(context, 413, "payload-too-large", "Payload too large",
                        "The request body is larger than the " + limit + " bytes this endpoint accepts.");
                return;
            }
        }
        context.next();
    }

    private long limitFor(String path, long standard) {
        long limit = standard;
        int longest = -1;
        for (Map.Entry<String, String> entry : config.paths().entrySet()) {
            if (path.startsWith(entry.getKey()) && entry.getKey().length() > longest) {
                longest = entry.getKey().length();
                limit = bytes(entry.getValue());
            }
        }
        return limit;
    }

    static long bytes(String size) {
        String s = size.trim().toUpperCase();
        long factor = s.endsWith("K") ? 1024 : s.endsWith("M") ? 1024 * 1024 : s.endsWith("G") ? 1024L * 1024 * 1024 : 1;
        return Long.parseLong(factor == 1 ? s : s.substring(0, s.length() - 1)) * factor;
    }
}
