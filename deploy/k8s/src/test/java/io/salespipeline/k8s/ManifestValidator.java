package io.salespipeline.k8s;

import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;

import tools.jackson.databind.JsonNode;

/** Validates rendered objects against the catalog; every finding names the object and the path. */
final class ManifestValidator {

    private final SchemaCatalog catalog;

    ManifestValidator(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    List<String> validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asString("");
        String kind = object.path("kind").asString("");
        Schema schema = catalog.schemaOf(apiVersion, kind);
        if (schema == null) {
            return List.of(Manifests.describe(object) + ": no pinned schema for " + apiVersion + " " + kind);
        }
        List<String> findings = new ArrayList<>();
        for (Error error : schema.validate(object)) {
            findings.add(Manifests.describe(object) + ": " + error.getInstanceLocation() + ": " + error.getMessage());
        }
        return findings;
    }
}
