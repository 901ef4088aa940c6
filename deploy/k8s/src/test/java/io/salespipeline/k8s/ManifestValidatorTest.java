package io.salespipeline.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validator can fail: small broken objects against a small CRD of the pinned shape. */
class ManifestValidatorTest {

    private static ManifestValidator validator;

    @BeforeAll
    static void load() throws Exception {
        Path fixtures = Path.of(ManifestValidatorTest.class.getResource("/fixtures").toURI());
        validator = new ManifestValidator(SchemaCatalog.load(fixtures));
    }

    private static List<String> check(String yaml) {
        return validator.validate(Manifests.parse(yaml).getFirst());
    }

    /** Exactly one finding, and it says all of these. */
    private static void oneFinding(List<String> findings, String... says) {
        assertEquals(1, findings.size(), findings.toString());
        for (String s : says) {
            assertTrue(findings.getFirst().contains(s), findings + " should say " + s);
        }
    }

    @Test
    void aValidObjectPasses() {
        assertEquals(List.of(), check("""
                apiVersion: example.io/v1
                kind: Widget
                metadata: {name: w}
                spec: {size: 3, port: http, config: {anything: [1, 2]}, labels: {a: b}}
                """));
        assertEquals(List.of(), check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {size: 1, port: 8080}}"));
    }

    @Test
    void anUnknownFieldFailsWithTheObjectAndItsPath() {
        oneFinding(check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {size: 3, colour: red}}"),
                "Widget w", "/spec:", "colour");
        oneFinding(check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {size: 3}, sepc: {}}"),
                "Widget w", "sepc");
    }

    @Test
    void aWrongTypeFails() {
        oneFinding(check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {size: three}}"),
                "Widget w", "/spec/size");
        oneFinding(check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {size: 1, labels: {a: [b]}}}"),
                "/spec/labels/a");
        List<String> port = check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {size: 1, port: [8080]}}");
        assertTrue(!port.isEmpty() && port.stream().allMatch(f -> f.contains("/spec/port")), port.toString());
    }

    @Test
    void coreSchemasOfTheKubeconformFormAreClosedToo() {
        assertEquals(List.of(), check("{apiVersion: v1, kind: ConfigMap, metadata: {name: c, labels: {a: b}}, data: {K: v}}"));
        oneFinding(check("{apiVersion: v1, kind: ConfigMap, metadata: {name: c, lables: {a: b}}}"), "ConfigMap c", "/metadata:", "lables");
        oneFinding(check("{apiVersion: v1, kind: ConfigMap, metadata: {name: c}, data: {K: [v]}}"), "/data/K");
    }

    @Test
    void aMissingRequiredFieldFails() {
        oneFinding(check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {}}"), "Widget w", "size");
    }

    @Test
    void anUnknownKindOrVersionFails() {
        oneFinding(check("{apiVersion: example.io/v1, kind: Gadget, metadata: {name: g}}"), "Gadget g", "no pinned schema");
        oneFinding(check("{apiVersion: example.io/v1beta2, kind: Widget, metadata: {name: w}, spec: {size: 1}}"),
                "no pinned schema for example.io/v1beta2 Widget");
    }
}
