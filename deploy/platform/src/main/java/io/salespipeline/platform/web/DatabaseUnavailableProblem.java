package io.salespipeline.platform.web;

import io.salespipeline.platform.persistence.DatabaseOutage;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * While the database is unavailable a request answers 503 problem+json with {@code Retry-After}:
 * the client learns that retrying shortly will do, and nothing about the internals. A write that
 * failed this way may still have been committed (the connection broke during the commit), so a
 * client retries writes with the same Idempotency-Key where the operation takes one.
 */
public final class DatabaseUnavailableProblem {

    /** A database restart or fail-over takes seconds; a client asks again after this many. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableProblem.class);

    private DatabaseUnavailableProblem() {
    }

    /** The 503 answer if the database being unavailable caused this failure. */
    public static Optional<Response> answering(Throwable failure) {
        if (!DatabaseOutage.caused(failure)) {
            return Optional.empty();
        }
        // An expected condition, not an incident: one line, no stack trace (readiness says DOWN too).
        LOG.warnf("Database unavailable, answered 503: %s", rootMessage(failure));
        Response problem = Problem.of(503, "service-unavailable", "Service temporarily unavailable",
                "The service cannot read or store data right now. Retry after the number of seconds in Retry-After.")
                .toResponse();
        return Optional.of(Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int links = 0; root.getCause() != null && root.getCause() != root && links < 64; links++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
