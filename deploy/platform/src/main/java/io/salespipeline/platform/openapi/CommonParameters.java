package io.salespipeline.platform.openapi;

import io.salespipeline.platform.web.PageRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The query and path parameters every service's lists and records share, documented once: their
 * type (a uuid, a bounded integer, an instant) and meaning. The resources take them as text (a bad
 * value answers 400 problem+json naming the parameter, not a framework 404), so the document gets
 * the type the text must have from here. A parameter its resource already describes keeps that.
 */
final class CommonParameters {

    private record Documented(String description, Supplier<Schema> schema) {
    }

    private static final Map<String, Documented> BY_NAME = Map.of(
            "cursor", new Documented("The nextCursor of the previous page; absent for the first page.",
                    () -> text().examples(List.of("eyJpZCI6IjAxOTMifQ"))),
            "limit", new Documented("How many records a page holds (1 to " + PageRequest.MAX_LIMIT + ", default "
                    + PageRequest.DEFAULT_LIMIT + ").", () -> OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                            .format("int32").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                            .defaultValue(PageRequest.DEFAULT_LIMIT).examples(List.of(50))),
            "dealId", new Documented("Only the records of this deal (the id every stage shares).", CommonParameters::uuid),
            "customerId", new Documented("Only the records of this customer.", CommonParameters::uuid),
            "from", new Documented("The period's start, inclusive: an ISO-8601 UTC instant.", CommonParameters::instant),
            "to", new Documented("The period's end, exclusive: an ISO-8601 UTC instant.", CommonParameters::instant),
            "createdFrom", new Documented("Only records created at or after this ISO-8601 UTC instant.",
                    CommonParameters::instant),
            "createdTo", new Documented("Only records created before this ISO-8601 UTC instant.", CommonParameters::instant),
            "id", new Documented("The record's id (as its Location or a list answer gives it).", null));

    private CommonParameters() {
    }

    static void describe(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter parameter : parameters) {
            Documented documented = BY_NAME.get(parameter.getName());
            if (documented == null || parameter.getIn() == Parameter.In.HEADER) {
                continue;
            }
            if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
                parameter.description(documented.description());
            }
            if (documented.schema() != null && untyped(parameter.getSchema())) {
                parameter.schema(documented.schema().get());
            }
        }
    }

    /** Text with no format: what a {@code String} parameter gets, to be told its real type. */
    private static boolean untyped(Schema schema) {
        return schema == null || (schema.getRef() == null && schema.getFormat() == null
                && (schema.getType() == null || schema.getType().equals(List.of(Schema.SchemaType.STRING))));
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema uuid() {
        return text().format("uuid").examples(List.of("0193a3c4-5e2f-7a10-8b7c-1d2e3f405162"));
    }

    private static Schema instant() {
        return text().format("date-time").examples(List.of("2026-01-31T09:00:00Z"));
    }
}
