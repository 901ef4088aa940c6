package io.salespipeline.platform.web;

import io.netty.buffer.ByteBufInputStream;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Oversized bodies (OWASP API4) answer 413 problem+json. One limit for every request
 * ({@code sales.http.body-limit.default}), larger ones per path prefix
 * ({@code sales.http.body-limit.paths."/api/lead-imports"=20M}). A declared Content-Length over
 * the limit is refused before anything is read. A body without one (chunked) is read here, counted
 * and bounded by the path's limit, before Quarkus REST sees it: past the limit reading stops and
 * the answer is 413; within it the bytes become the request's entity stream (a pre-matching
 * JAX-RS filter), which Quarkus REST reads instead of the connection, which has ended (JSON, CSV,
 * urlencoded and multipart forms alike, parsed by Quarkus REST with its own limits). Such a body
 * is held in memory, up to its path's limit.
 * Vert.x's own limit ({@code quarkus.http.limits.max-body-size}) stays a backstop and must be at
 * least the largest per-path limit.
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

    private static final String READ_BODY = BodyLimits.class.getName() + ".body";

    private static final Set<HttpMethod> WITHOUT_BODY = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    void register(@Observes Filters filters) {
        long standard = bytes(config.defaultLimit());
        filters.register(context -> check(context, standard), 200);
    }

    private void check(RoutingContext context, long standard) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = limitFor(context.normalizedPath(), standard);
        if (length == null) {
            if (WITHOUT_BODY.contains(context.request().method()) || context.request().isEnded()) {
                context.next();
            } else {
                readBounded(context, limit);
            }
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared > limit) {
            tooLarge(context, limit);
            return;
        }
        context.next();
    }

    /**
     * Reads the body up to {@code limit} bytes, then hands it on as the routing context's body (as
     * Vert.x's BodyHandler does, but without parsing forms: Quarkus REST does that with its limits).
     */
    private static void readBounded(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                request.pause();
                tooLarge(context, limit);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(ended -> {
            if (!refused[0]) {
                context.put(READ_BODY, body);
                ((RoutingContextInternal) context).setBody(body);
                ((RoutingContextInternal) context).visitHandler(RoutingContextInternal.BODY_HANDLER);
                context.next();
            }
        });
        request.exceptionHandler(context::fail);
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        request.resume();
    }

    /** A body {@link #readBounded} read is what Quarkus REST reads (the connection has nothing left). */
    @ServerRequestFilter(preMatching = true)
    public void readBodyIsTheEntity(ContainerRequestContext request, RoutingContext context) {
        Buffer body = context.get(READ_BODY);
        if (body != null) {
            request.setEntityStream(new ByteBufInputStream(body.getByteBuf())); // a view, not a copy
        }
    }

    private static void tooLarge(RoutingContext context, long limit) {
        ProblemResponses.end(context, 413, "payload-too-large", "Payload too large",
                "The request body is larger than the " + limit + " bytes this endpoint accepts.");
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
