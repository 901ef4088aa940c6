package io.salespipeline.platform.web;

import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** problem+json answered by an HTTP filter, before JAX-RS (same shape as {@link Problem}). */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static void end(RoutingContext context, int status, String type, String title, String detail) {
        JsonObject body = new JsonObject()
                .put("type", "https://salespipeline.io/problems/" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (context.request().version() != HttpVersion.HTTP_2) {
            // A refused request's unread body is not drained: HTTP/1.x closes the connection (HTTP/2
            // has no Connection header; its stream ends by itself).
            context.response().putHeader("Connection", "close");
        }
        context.response().end(body.encode());
    }
}
