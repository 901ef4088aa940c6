package io.salespipeline.platform.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A nullable property of a record type comes out of the scanner as {@code anyOf: [$ref, {type:
 * null}]} beside {@code type: object}, which would refuse the null it allows. The type goes: the
 * {@code anyOf} says it all.
 */
final class NullableReferences {

    private NullableReferences() {
    }

    static void fix(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(NullableReferences::fix);
    }

    private static void fix(Schema schema) {
        if (schema == null) {
            return;
        }
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null && schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)
                && anyOf.stream().anyMatch(part -> part.getType() != null
                        && part.getType().equals(List.of(Schema.SchemaType.NULL)))) {
            schema.setType(null);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.values().forEach(NullableReferences::fix);
        }
        fix(schema.getItems());
    }
}
