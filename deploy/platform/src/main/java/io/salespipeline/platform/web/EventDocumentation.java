package io.salespipeline.platform.web;

import io.quarkus.vertx.http.ManagementInterface;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A service's AsyncAPI document ({@code src/main/resources/META-INF/resources/asyncapi.json})
 * goes where its OpenAPI document goes: with the management interface on (production), it is
 * served there at {@code /asyncapi.json} and the public port answers 404 for it; without one
 * (tests), it stays a static resource of the public port.
 */
@ApplicationScoped
public class EventDocumentation {

    static final String PATH = "/asyncapi.json";

    private volatile boolean onManagement;

    void serveOnManagement(@Observes ManagementInterface management) {
        Buffer document = read();
        if (document == null) {
            return;
        }
        onManagement = true;
        management.router().get(PATH).handler(context -> context.response()
                .putHeader("Content-Type", "application/json").end(document));
    }

    void hideFromPublic(@Observes Filters filters) {
        filters.register(context -> {
            if (onManagement && PATH.equals(context.normalizedPath())) {
                ProblemResponses.end(context, 404, "http-404", "Not Found", "Nothing here.");
            } else {
                context.next();
            }
        }, CanonicalPaths.PRIORITY - 50);
    }

    private static Buffer read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/resources" + PATH)) {
            return in == null ? null : Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
