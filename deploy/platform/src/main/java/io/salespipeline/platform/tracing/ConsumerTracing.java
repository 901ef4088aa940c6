package io.salespipeline.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A consumer span around one try of processing an event, continuing the trace its
 * {@code traceparent} header names (the request that stored the event upstream): events the
 * processing stores carry it on, so one deal's hand-offs stay in one trace. Log lines meanwhile
 * name the trace, the span and the dealId (the record key).
 */
@ApplicationScoped
public class ConsumerTracing {

    /** The span attribute naming the deal, to find all of one deal's traces. */
    public static final String DEAL_ID = "sales.deal.id";

    @Inject
    Tracer tracer;

    public <T> T process(ConsumerRecord<String, String> record, boolean aboutOneDeal, Supplier<T> work) {
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(TraceParents.context(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
        String dealId = aboutOneDeal ? record.key() : null;
        if (dealId != null) {
            span.setAttribute(DEAL_ID, dealId);
        }
        try (Scope scope = span.makeCurrent()) {
            TraceMdc.put(span.getSpanContext(), dealId);
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
            TraceMdc.clear();
        }
    }
}
