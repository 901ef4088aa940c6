package io.salespipeline.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A server span per API request: the caller's {@code traceparent} (if any) is its parent, it is
 * the current span while the resource works (so events it stores carry it), and the log lines
 * meanwhile name it, with the dealId of a request that names one ({@code dealId} path or query
 * parameter). Request and response filters run on the resource method's thread.
 */
public class RequestTracing {

    private static final String SPAN = RequestTracing.class.getName() + ".span";
    private static final String SCOPE = RequestTracing.class.getName() + ".scope";

    @Inject
    Tracer tracer;

    @ServerRequestFilter
    public void start(ContainerRequestContext request, ResourceInfo resource) {
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), request, Headers.INSTANCE);
        String dealId = dealId(request);
        Span span = tracer.spanBuilder(request.getMethod() + " " + route(resource))
                .setParent(parent)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", request.getMethod())
                .setAttribute("url.path", request.getUriInfo().getRequestUri().getRawPath())
                .startSpan();
        if (dealId != null) {
            span.setAttribute(ConsumerTracing.DEAL_ID, dealId);
        }
        request.setProperty(SPAN, span);
        request.setProperty(SCOPE, span.makeCurrent());
        TraceMdc.put(span.getSpanContext(), dealId);
    }

    @ServerResponseFilter
    public void end(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(SPAN) instanceof Span span)) {
            return;
        }
        span.setAttribute("http.response.status_code", response.getStatus());
        if (response.getStatus() >= 500) {
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
        if (request.getProperty(SCOPE) instanceof Scope scope && Span.current() == span) {
            scope.close();
        }
        TraceMdc.clear();
        request.removeProperty(SPAN);
    }

    /** The route template ("/api/leads/{id}/interest"), not the path: one span name per operation. */
    private static String route(ResourceInfo resource) {
        return path(resource.getResourceClass()) + path(resource.getResourceMethod());
    }

    private static String path(AnnotatedElement element) {
        Path path = element == null ? null : element.getAnnotation(Path.class);
        if (path == null) {
            return "";
        }
        return path.value().startsWith("/") ? path.value() : "/" + path.value();
    }

    private static String dealId(ContainerRequestContext request) {
        String named = request.getUriInfo().getPathParameters().getFirst("dealId");
        if (named == null) {
            named = request.getUriInfo().getQueryParameters().getFirst("dealId");
        }
        try {
            return named == null ? null : UUID.fromString(named).toString();
        } catch (IllegalArgumentException notADealId) {
            return null;
        }
    }

    private enum Headers implements TextMapGetter<ContainerRequestContext> {
        INSTANCE;

        @Override
        public Iterable<String> keys(ContainerRequestContext request) {
            return request.getHeaders().keySet();
        }

        @Override
        public String get(ContainerRequestContext request, String key) {
            return request == null ? null : request.getHeaderString(key);
        }
    }
}
