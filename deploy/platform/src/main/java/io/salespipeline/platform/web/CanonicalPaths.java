package io.salespipeline.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses, before any other filter, request paths that routing would read differently from the
 * rate and body limits: path parameters ({@code /api/web-forms;x=1/...}, which routing strips) and
 * empty segments ({@code //api/leads}, which routing collapses). Both answer 400 problem+json, so
 * every limit keyed on a path prefix sees the path the request is routed by. Dot segments and
 * percent-encoded letters need no refusal: {@link RoutingContext#normalizedPath()} resolves them
 * the way routing does.
 */
@ApplicationScoped
public class CanonicalPaths {

    /** Above CORS (300), body limits (200) and rate limits (190). */
    static final int PRIORITY = 500;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        String path = context.request().path();
        if (path != null && (path.indexOf(';') >= 0 || path.contains("//"))) {
            ProblemResponses.end(context, 400, "non-canonical-path", "Non-canonical path",
                    "Paths take no ';' parameters and no empty segments.");
            return;
        }
        context.next();
    }
}
