package io.salespipeline.k8s;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Every overlay under overlays/, rendered by kubectl kustomize: every object validates against the
 * pinned schemas (unknown fields are errors), and the overlay is consistent in itself.
 */
class RenderedOverlaysTest {

    private static final Map<Path, List<JsonNode>> rendered = new TreeMap<>();

    @BeforeAll
    static void render() throws Exception {
        for (Path overlay : Manifests.overlays()) {
            rendered.put(overlay, Manifests.render(overlay));
        }
        assertFalse(rendered.isEmpty(), "no overlay under " + Manifests.root().resolve("overlays"));
    }

    /**
     * The pinned schemas: deploy/k8s/schemas and the Strimzi CRDs generated for this build;
     * -Dk8s.schemas names one more folder of CRD files (a release's, to compare against).
     */
    static List<Path> schemas() throws Exception {
        List<Path> dirs = new ArrayList<>(List.of(Manifests.root().resolve("schemas"), StrimziCrds.generated()));
        String configured = System.getProperty("k8s.schemas", "");
        if (!configured.isBlank()) {
            dirs.add(Path.of(configured));
        }
        return dirs;
    }

    @Test
    void everyObjectValidatesAgainstThePinnedSchemas() throws Exception {
        SchemaCatalog catalog = SchemaCatalog.load(schemas());
        CoreSchemas.all().forEach(catalog::addCore);
        EnvelopeSchemas.addMissing(catalog);
        ManifestValidator validator = new ManifestValidator(catalog);
        List<String> findings = new ArrayList<>();
        rendered.forEach((overlay, objects) -> {
            Map<String, Integer> kinds = new TreeMap<>();
            Map<String, Integer> envelopes = new TreeMap<>();
            for (JsonNode o : objects) {
                String apiVersion = o.path("apiVersion").asString();
                String kind = o.path("kind").asString();
                kinds.merge(apiVersion + " " + kind, 1, Integer::sum);
                if (catalog.isEnvelope(apiVersion, kind)) {
                    envelopes.merge(apiVersion + " " + kind, 1, Integer::sum);
                }
                validator.validate(o).forEach(f -> findings.add(overlay.getFileName() + ": " + f));
            }
            System.out.println("overlays/" + overlay.getFileName() + ": " + objects.size() + " objects validated " + kinds
                    + (envelopes.isEmpty() ? "" : "; spec not checked (no registry schema, see schemas/README.md) " + envelopes));
        });
        assertTrue(findings.isEmpty(), findings.size() + " schema findings:\n" + String.join("\n", findings));
    }

    @Test
    void everyOverlayIsConsistent() throws Exception {
        ConfigurationTable readme = ConfigurationTable.readme(Manifests.root().resolve("../../README.md"));
        List<String> findings = new ArrayList<>();
        rendered.forEach((overlay, objects) ->
                ConsistencyChecks.of(objects, readme).forEach(f -> findings.add(overlay.getFileName() + ": " + f)));
        assertTrue(findings.isEmpty(), findings.size() + " consistency findings:\n" + String.join("\n", findings));
    }
}
