package io.salespipeline.platform.openapi;

import io.salespipeline.platform.web.Problem;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The RFC 9457 problem answers, documented once under {@code components}: the {@code Problem}
 * schema ({@link Problem}'s shape) and one response per status an operation may answer, which
 * operations reference ({@code #/components/responses/NotFound}).
 */
final class ProblemDocumentation {

    static final String SCHEMA = "Problem";

    /** A problem answer: its status, component name, what it means and a typical body. */
    enum Answer {
        BAD_REQUEST(400, "BadRequest", "The request is malformed or a value is invalid; nothing changed. "
                + "`errors` names each offending field.", "invalid-request", "Invalid request"),
        UNAUTHORIZED(401, "Unauthorized", "No valid credentials: the bearer token (or API key) is missing, "
                + "expired or revoked.", "http-401", "Unauthorized"),
        FORBIDDEN(403, "Forbidden", "The caller may not do this (role, ownership or origin).", "http-403", "Forbidden"),
        NOT_FOUND(404, "NotFound", "No such record, or none the caller may see.", "not-found", "Not found"),
        CONFLICT(409, "Conflict", "Not allowed in the record's current state, a duplicate, or a concurrent "
                + "change; read the record again.", "illegal-transition", "Action not allowed in the current state"),
        PAYLOAD_TOO_LARGE(413, "PayloadTooLarge", "The request body exceeds the size limit.", "payload-too-large",
                "Payload too large"),
        UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType", "The request body's media type is not one this operation "
                + "takes.", "http-415", "Unsupported Media Type"),
        UNPROCESSABLE(422, "UnprocessableContent", "Well-formed but refused by a business rule (e.g. an "
                + "Idempotency-Key reused with another body, a do-not-contact address).", "idempotency-key-reused",
                "Idempotency-Key already used for another request"),
        TOO_MANY_REQUESTS(429, "TooManyRequests", "A rate limit was reached; retry after Retry-After seconds.",
                "too-many-requests", "Too many requests"),
        SERVICE_UNAVAILABLE(503, "ServiceUnavailable", "A dependency (database, message broker) is unavailable; "
                + "retry after Retry-After seconds. Nothing changed.", "database-unavailable", "Database unavailable");

        final int status;
        final String component;
        final String description;
        final String type;
        final String title;

        Answer(int status, String component, String description, String type, String title) {
            this.status = status;
            this.component = component;
            this.description = description;
            this.type = type;
            this.title = title;
        }

        String code() {
            return Integer.toString(status);
        }

        APIResponse reference() {
            return OASFactory.createAPIResponse().ref("#/components/responses/" + component);
        }

        static Answer of(String code) {
            for (Answer answer : values()) {
                if (answer.code().equals(code)) {
                    return answer;
                }
            }
            return null;
        }
    }

    private ProblemDocumentation() {
    }

    static void addTo(Components components) {
        components.addSchema(SCHEMA, problemSchema());
        for (Answer answer : Answer.values()) {
            APIResponse response = OASFactory.createAPIResponse().description(answer.description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA))
                            .example(Map.of("type", "https://salespipeline.io/problems/" + answer.type,
                                    "title", answer.title, "status", answer.status))));
            if (answer.status == 429 || answer.status == 503) {
                response.addHeader("Retry-After", retryAfter());
            }
            components.addResponse(answer.component, response);
        }
    }

    private static Header retryAfter() {
        return OASFactory.createHeader().description("Seconds to wait before trying again.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema error = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One offending field of the request and what is wrong with it.")
                .required(List.of("field", "message"))
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The field, query parameter or header at fault (`lines[0].quantity`, `limit`, "
                                + "`body`).").examples(List.of("email")))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What is wrong with it.").examples(List.of("must be a well-formed e-mail address")));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem details body (application/problem+json). Operations may add "
                        + "extension members (e.g. `existingLeadId` of a duplicate lead, `currentState` of a refused "
                        + "transition).")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .description("Identifies the kind of problem; stable, for clients to branch on.")
                        .examples(List.of("https://salespipeline.io/problems/invalid-request")))
                .addProperty("title", text.description("A short human-readable summary of the kind of problem.")
                        .examples(List.of("Invalid request")))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .description("The HTTP status code of this answer.").examples(List.of(400)))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What went wrong in this occurrence, for a human.")
                        .examples(List.of("limit must be a whole number from 1 to 500")))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(error)
                        .description("Each offending field (400 invalid-request only).")
                        .examples(List.of(List.of(Map.of("field", "email", "message", "must be a well-formed e-mail address")))))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }
}
