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

    /**
     * Every service reads the master key ring of personal data from a Secret: a service without
     * SALES_PRIVACY_MASTER_KEYS would wrap people's data keys with the local run's public key.
     */
    @Test
    void everyServiceReadsTheMasterKeyRingOfPersonalDataFromASecret() {
        List<String> findings = new ArrayList<>();
        rendered.forEach((overlay, objects) -> {
            int services = 0;
            for (JsonNode o : objects) {
                if (!"Deployment".equals(o.path("kind").asString())
                        || !o.path("metadata").path("name").asString().endsWith("-service")) {
                    continue;
                }
                services++;
                String name = o.path("metadata").path("name").asString();
                for (JsonNode container : o.path("spec").path("template").path("spec").path("containers")) {
                    boolean fromSecret = false;
                    for (JsonNode env : container.path("env")) {
                        fromSecret |= "SALES_PRIVACY_MASTER_KEYS".equals(env.path("name").asString())
                                && "privacy-master-keys".equals(env.path("valueFrom").path("secretKeyRef").path("name").asString())
                                && "master-keys".equals(env.path("valueFrom").path("secretKeyRef").path("key").asString());
                    }
                    if (!fromSecret) {
                        findings.add(overlay.getFileName() + ": " + name + "/" + container.path("name").asString()
                                + " does not read SALES_PRIVACY_MASTER_KEYS from Secret privacy-master-keys");
                    }
                }
            }
            if (services != 5) {
                findings.add(overlay.getFileName() + ": " + services + " service Deployments, expected 5");
            }
        });
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }
}
