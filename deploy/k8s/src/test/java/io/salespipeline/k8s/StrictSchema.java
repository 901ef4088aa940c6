package io.salespipeline.k8s;

import java.util.Iterator;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a Kubernetes structural schema (a CRD's openAPIV3Schema, or a core definition) into a JSON
 * Schema that refuses what the API server would drop or refuse: an object that declares its
 * properties and does not say x-kubernetes-preserve-unknown-fields gets additionalProperties false;
 * int-or-string and nullable become what JSON Schema says for them. Value validations under
 * allOf/anyOf/oneOf/not only constrain the structural part, so they are left as they are.
 */
final class StrictSchema {

    private StrictSchema() {
    }

    static ObjectNode close(JsonNode source) {
        ObjectNode schema = (ObjectNode) source.deepCopy();
        // openapi2jsonschema writes a draft-less "$schema"; the catalog says which draft applies.
        schema.remove("$schema");
        closeInPlace(schema);
        return schema;
    }

    private static void closeInPlace(ObjectNode schema) {
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            schema.remove("type");
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (schema.path("nullable").asBoolean(false) && schema.path("type").isString()) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode();
            types.add(schema.get("type").asString()).add("null");
            schema.set("type", types);
        }
        boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        JsonNode properties = schema.get("properties");
        if (properties instanceof ObjectNode props) {
            for (Iterator<Map.Entry<String, JsonNode>> it = props.properties().iterator(); it.hasNext(); ) {
                if (it.next().getValue() instanceof ObjectNode child) {
                    closeInPlace(child);
                }
            }
            if (!open && !schema.has("additionalProperties")) {
                schema.put("additionalProperties", false);
            }
        }
        if (schema.get("items") instanceof ObjectNode items) {
            closeInPlace(items);
        }
        if (schema.get("additionalProperties") instanceof ObjectNode values) {
            closeInPlace(values);
        }
    }
}
