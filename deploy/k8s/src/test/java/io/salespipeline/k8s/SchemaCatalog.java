package io.salespipeline.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;

import tools.jackson.databind.JsonNode;

/**
 * The pinned schemas, by "apiVersion kind": CustomResourceDefinitions (YAML, every served version)
 * and JSON schemas of core kinds that name their kind in x-kubernetes-group-version-kind (the
 * openapi2jsonschema form kubeconform reads). Every one is closed by {@link StrictSchema}.
 */
final class SchemaCatalog {

    /**
     * OpenAPI v3 schemas are draft-4 JSON Schema plus keywords that validate nothing here: the
     * Kubernetes extensions (StrictSchema reads preserve-unknown-fields itself) and OpenAPI's example.
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(Dialect.builder(Dialects.getDraft4())
            .keywords(java.util.stream.Stream.of("example", "x-kubernetes-preserve-unknown-fields",
                    "x-kubernetes-int-or-string", "x-kubernetes-embedded-resource", "x-kubernetes-validations",
                    "x-kubernetes-group-version-kind", "x-kubernetes-list-type", "x-kubernetes-list-map-keys",
                    "x-kubernetes-map-type", "x-kubernetes-patch-strategy", "x-kubernetes-patch-merge-key",
                    "x-kubernetes-unions").map(NonValidationKeyword::new).toList())
            .build());

    private final Map<String, Schema> schemas = new TreeMap<>();

    /** Kinds whose schema checks only the envelope ({@link EnvelopeSchemas}). */
    private final java.util.Set<String> envelopes = new java.util.TreeSet<>();

    SchemaCatalog() {
    }

    static SchemaCatalog load(Path dir) throws IOException {
        return load(List.of(dir));
    }

    static SchemaCatalog load(List<Path> dirs) throws IOException {
        SchemaCatalog catalog = new SchemaCatalog();
        List<Path> files = new java.util.ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new AssertionError("No pinned schemas at " + dir);
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                files.addAll(walk.filter(Files::isRegularFile).sorted().toList());
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                for (JsonNode doc : Manifests.parse(Files.readString(file))) {
                    catalog.addCrd(doc);
                }
            } else if (name.endsWith(".json")) {
                catalog.addCore(Manifests.YAML.readTree(Files.readString(file)));
            }
        }
        return catalog;
    }

    void addCrd(JsonNode crd) {
        if (!"CustomResourceDefinition".equals(crd.path("kind").asString(""))) {
            return;
        }
        String group = crd.path("spec").path("group").asString();
        String kind = crd.path("spec").path("names").path("kind").asString();
        for (JsonNode version : crd.path("spec").path("versions")) {
            if (version.path("served").asBoolean(true)) {
                put(group + "/" + version.path("name").asString(), kind, CoreSchemas.withObjectMeta(
                        StrictSchema.close(version.path("schema").path("openAPIV3Schema"))));
            }
        }
    }

    void addCore(JsonNode schema) {
        for (JsonNode gvk : schema.path("x-kubernetes-group-version-kind")) {
            String group = gvk.path("group").asString("");
            String version = gvk.path("version").asString();
            put(group.isEmpty() ? version : group + "/" + version, gvk.path("kind").asString(), schema);
        }
    }

    void addEnvelope(String apiVersion, String kind, JsonNode schema) {
        put(apiVersion, kind, schema);
        envelopes.add(key(apiVersion, kind));
    }

    boolean isEnvelope(String apiVersion, String kind) {
        return envelopes.contains(key(apiVersion, kind));
    }

    private void put(String apiVersion, String kind, JsonNode schema) {
        schemas.put(key(apiVersion, kind), REGISTRY.getSchema(StrictSchema.close(schema)));
        envelopes.remove(key(apiVersion, kind));
    }

    /** The schema of an apiVersion and kind, or null when none is pinned. */
    Schema schemaOf(String apiVersion, String kind) {
        return schemas.get(key(apiVersion, kind));
    }

    java.util.Set<String> kinds() {
        return schemas.keySet();
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }
}
