package io.salespipeline.platform.tracing;

import io.opentelemetry.api.trace.SpanContext;
import org.jboss.logging.MDC;

/** The log context of traced work: every line logged meanwhile names its trace, span and deal. */
final class TraceMdc {

    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";
    static final String DEAL_ID = "dealId";

    private TraceMdc() {
    }

    static void put(SpanContext span, String dealId) {
        MDC.put(TRACE_ID, span.getTraceId());
        MDC.put(SPAN_ID, span.getSpanId());
        if (dealId != null) {
            MDC.put(DEAL_ID, dealId);
        }
    }

    static void clear() {
        MDC.remove(TRACE_ID);
        MDC.remove(SPAN_ID);
        MDC.remove(DEAL_ID);
    }
}
