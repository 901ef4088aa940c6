package io.salespipeline.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a service answers is RFC 9457 problem+json: the same shape for every client,
 * never a stack trace or an internal class name.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e) {
        Problem problem = Problem.of(409, "illegal-transition", "Action not allowed in the current state",
                e.getMessage())
                .with("record", e.record())
                .with("currentState", e.currentState())
                .with("action", e.action());
        e.members().forEach(problem::with);
        return problem.toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(RecordNotFoundException e) {
        return Problem.of(404, "not-found", "Not found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return invalid("The request is not valid.", e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> Map.of("field", field(v), "message", v.getMessage()))
                .toList();
        return invalid("The request is not valid.", errors);
    }

    // The JSON provider maps these subtypes itself; naming them here keeps every answer problem+json.
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(com.fasterxml.jackson.core.JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        // A value object that refuses its input while being read (e.g. blank terms, a decimal out of
        // bounds) says best what is wrong; the reader's path says where ("lines[0].unitPrice" + "amount").
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid("The request is not valid.", invalid.errors().stream()
                        .map(error -> Map.of("field", within(field, error.field()), "message", error.message()))
                        .toList());
            }
        }
        String message = e instanceof JsonMappingException ? "has a value of the wrong type or format"
                : "the body is not well-formed JSON";
        return invalid("The request body could not be read.",
                List.of(Map.of("field", field.isEmpty() ? "body" : field, "message", message)));
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return concurrentChange();
    }

    @ServerExceptionMapper
    public Response concurrentChange(StaleStateException e) {
        return concurrentChange();
    }

    @ServerExceptionMapper
    public Response dataConflict(org.hibernate.exception.ConstraintViolationException e) {
        return Problem.of(409, "conflict", "Conflicting data",
                "The change conflicts with data stored meanwhile; read the record again and retry.").toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        return Problem.of(status, "http-" + status, title, null).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        // PostgreSQL's data exceptions (SQLSTATE class 22: a NUL character in a path or form value,
        // a value it cannot compare or hold) come from the input, not from a fault: the
        // transaction is rolled back and the client hears what it sent wrong.
        // A multipart body cut short or without its boundary fails while the form is parsed.
        if (e instanceof java.io.IOException && e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart")) {
            return invalid("The request body could not be read.",
                    List.of(Map.of("field", "body", "message", "is not a well-formed multipart form")));
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // A concurrent change found only at commit (a consumer updated the record meanwhile)
            // arrives wrapped in the transaction's RollbackException: the same 409 as found earlier.
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentChange();
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return Problem.of(400, "invalid-request", "Invalid request",
                        "A value of the request cannot be stored or compared (for example a NUL character).")
                        .toResponse();
            }
        }
        Optional<Response> unavailable = DatabaseUnavailableProblem.answering(e);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return Problem.of(500, "internal", "Internal error",
                "The request could not be completed; quote incident " + incident + " to support.")
                .with("incident", incident).toResponse();
    }

    /** A value's own field name placed at the reader's path: "quantity" at "lines[0].quantity" stays as it is. */
    private static String within(String path, String field) {
        if (path.isEmpty() || path.equals(field) || path.endsWith("." + field) || field.startsWith(path + ".")) {
            return field.equals("body") && !path.isEmpty() ? path : field;
        }
        return field.equals("body") ? path : path + "." + field;
    }

    private static Response invalid(String detail, List<Map<String, String>> errors) {
        return Problem.of(400, "invalid-request", "Invalid request", detail).with("errors", errors).toResponse();
    }

    private static Response concurrentChange() {
        return Problem.of(409, "concurrent-change", "Changed concurrently",
                "The record was changed by another request meanwhile; read it again and retry.").toResponse();
    }

    private static String field(ConstraintViolation<?> violation) {
        // Strip the method and parameter prefix ("create.body.email" -> "email").
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
