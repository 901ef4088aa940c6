package io.salespipeline.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;

/**
 * What caused a change, for the audit trail: the HTTP request ("POST /api/leads/{id}/assessment")
 * or, for event consumers and jobs, what they declare with {@link #during}.
 */
public final class AuditCause {

    private static final ThreadLocal<String> DECLARED = new ThreadLocal<>();

    private AuditCause() {
    }

    /** Runs work with a declared cause (an event consumed, a scheduled job), restoring the previous one. */
    public static <T> T during(String cause, Supplier<T> work) {
        String previous = DECLARED.get();
        DECLARED.set(cause);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                DECLARED.remove();
            } else {
                DECLARED.set(previous);
            }
        }
    }

    public static String current() {
        String declared = DECLARED.get();
        if (declared != null) {
            return declared;
        }
        RoutingContext request = currentRequest();
        return request == null ? null : request.request().method().name() + " " + request.request().path();
    }

    private static RoutingContext currentRequest() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> handle = Arc.container().instance(CurrentVertxRequest.class)) {
            return handle.isAvailable() ? handle.get().getCurrent() : null;
        }
    }
}
