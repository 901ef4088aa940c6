package io.salespipeline.platform.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem details body, with extension members kept in insertion order. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://salespipeline.io/problems/";

    private final Map<String, Object> body = new LinkedHashMap<>();

    private Problem(int status, String type, String title, String detail) {
        body.put("type", URI.create(TYPE_BASE + type).toString());
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
    }

    public static Problem of(int status, String type, String title, String detail) {
        return new Problem(status, type, title, detail);
    }

    public Problem with(String member, Object value) {
        body.put(member, value);
        return this;
    }

    public Response toResponse() {
        return Response.status((int) body.get("status")).type(MEDIA_TYPE).entity(body).build();
    }
}
