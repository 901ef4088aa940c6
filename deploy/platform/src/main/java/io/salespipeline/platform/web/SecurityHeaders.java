package io.salespipeline.platform.web;

import io.quarkus.vertx.http.ManagementInterface;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer, whoever writes it (an operation, a problem mapper, a filter
 * refusing the request, the router's 404), set just before the headers go out (OWASP REST
 * Security Cheat Sheet):
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} everywhere;</li>
 * <li>on {@code /api/} answers (personal data, never framed): {@code Cache-Control: no-store}
 * unless the operation chose its own, {@code X-Frame-Options: DENY},
 * {@code Content-Security-Policy: frame-ancestors 'none'} and {@code Referrer-Policy: no-referrer}
 * (not on Swagger UI or static pages, which load scripts and styles);</li>
 * <li>{@code Strict-Transport-Security} when the request came over TLS, directly or as a trusted
 * proxy says ({@code X-Forwarded-Proto: https} with {@code quarkus.http.proxy.*} on).</li>
 * </ul>
 * The management interface's answers get the same.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::onEveryAnswer, CanonicalPaths.PRIORITY + 100);
    }

    void registerOnManagement(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(SecurityHeaders::onEveryAnswer);
    }

    private static void onEveryAnswer(RoutingContext context) {
        boolean api = context.normalizedPath().startsWith("/api/");
        boolean tls = "https".equalsIgnoreCase(context.request().scheme());
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (api) {
                if (!headers.contains("Cache-Control")) {
                    headers.set("Cache-Control", "no-store");
                }
                headers.set("X-Frame-Options", "DENY");
                headers.set("Content-Security-Policy", "frame-ancestors 'none'");
                headers.set("Referrer-Policy", "no-referrer");
            }
            if (tls) {
                headers.set("Strict-Transport-Security", HSTS);
            }
        });
        context.next();
    }
}
