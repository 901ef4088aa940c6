package io.salespipeline.platform.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A trace context as its W3C {@code traceparent} text: what the outbox stores with an event
 * (the relay sends it long after the request, on its own thread) and what a consumer reads back
 * from a record's headers, so that one deal's work stays in one trace across Kafka.
 */
public final class TraceParents {

    public static final String HEADER = "traceparent";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private TraceParents() {
    }

    /** The current span's traceparent, or null outside any span. */
    public static String current() {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context a stored traceparent names; the root context for none or an unreadable one. */
    public static Context context(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3C.extract(Context.root(), Map.of(HEADER, traceparent), MapGetter.INSTANCE);
    }

    /** The context a Kafka record's {@code traceparent} header names (root when it has none). */
    public static Context context(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        return header == null || header.value() == null ? Context.root()
                : context(new String(header.value(), StandardCharsets.UTF_8));
    }

    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return List.copyOf(carrier.keySet());
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}
