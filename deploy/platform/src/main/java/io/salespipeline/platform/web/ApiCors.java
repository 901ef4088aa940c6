package io.salespipeline.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.handler.CorsHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CORS for the front ends of an environment ({@code sales.http.cors.origins}, from
 * SALES_CORS_ORIGINS): Vert.x's CorsHandler in front of every path except those that answer CORS
 * themselves ({@code sales.http.cors.own-paths}, regular expressions: lead-service's web forms
 * allow each form's own origins). Not Quarkus's built-in CORS filter, because that one covers
 * every path and would refuse a web form's origin before the form could allow it.
 */
@ApplicationScoped
public class ApiCors {

    @ConfigMapping(prefix = "sales.http.cors")
    public interface Config {
        /** Browser origins allowed to call the APIs; none: no cross-origin access at all. */
        Optional<List<String>> origins();

        Optional<List<String>> ownPaths();

        @WithDefault("GET,POST,PUT,DELETE")
        List<String> methods();

        @WithDefault("authorization,content-type,accept,x-api-key,idempotency-key")
        List<String> headers();

        @WithDefault("location,retry-after")
        List<String> exposedHeaders();

        @WithDefault("1H")
        Duration maxAge();
    }

    @Inject
    Config config;

    void register(@Observes Filters filters) {
        List<Pattern> own = config.ownPaths().orElse(List.of()).stream().map(Pattern::compile).toList();
        List<String> origins = config.origins().orElse(List.of());
        CorsHandler cors = CorsHandler.create()
                .addOrigins(origins)
                .allowedMethods(methods())
                .allowedHeaders(new HashSet<>(config.headers()))
                .exposedHeaders(new HashSet<>(config.exposedHeaders()))
                .maxAgeSeconds((int) config.maxAge().toSeconds());
        filters.register(context -> {
            String origin = context.request().getHeader("Origin");
            String path = context.normalizedPath();
            if (origin == null || sameOrigin(context, origin) || own.stream().anyMatch(p -> p.matcher(path).matches())) {
                context.next(); // not cross-origin (e.g. Swagger UI on the service itself), or the path answers itself
            } else if (!origins.contains(origin)) {
                ProblemResponses.end(context, 403, "origin-not-allowed", "Origin not allowed",
                        "Browsers may call this API only from the front ends configured for this environment.");
            } else {
                cors.handle(context);
            }
        }, 300);
    }

    private static boolean sameOrigin(io.vertx.ext.web.RoutingContext context, String origin) {
        String host = context.request().getHeader("Host");
        return host != null && origin.equalsIgnoreCase(context.request().scheme() + "://" + host);
    }

    private Set<HttpMethod> methods() {
        Set<HttpMethod> methods = new HashSet<>();
        config.methods().forEach(m -> methods.add(HttpMethod.valueOf(m.strip().toUpperCase())));
        return methods;
    }
}
