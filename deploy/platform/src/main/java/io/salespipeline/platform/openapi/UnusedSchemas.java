package io.salespipeline.platform.openapi;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Drops the component schemas nothing references: the platform's shared type mappings (Money,
 * Decimal) where a service does not use them, and types the scanner met in a Java signature the
 * document describes otherwise (a form body read as the framework's multipart input).
 */
final class UnusedSchemas {

    private UnusedSchemas() {
    }

    static void remove(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        // The references outside the schemas, then those of every schema reached, until none is new.
        References.of(openAPI.getPaths(), used);
        References.of(openAPI.getComponents().getResponses(), used);
        References.of(openAPI.getComponents().getRequestBodies(), used);
        References.of(openAPI.getComponents().getParameters(), used);
        Set<String> seen = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String name : Set.copyOf(used)) {
                if (seen.add(name) && schemas.containsKey(name)) {
                    References.of(schemas.get(name), used);
                    grew = true;
                }
            }
        }
        for (String name : Set.copyOf(schemas.keySet())) {
            if (!used.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }
}
