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
        Findings.one(check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {size: 3, colour: red}}"),
                "Widget w", "/spec:", "colour");
        Findings.one(check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {size: 3}, sepc: {}}"),
                "Widget w", "sepc");
    }

    @Test
    void aWrongTypeFails() {
        Findings.one(check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {size: three}}"),
                "Widget w", "/spec/size");
        Findings.one(check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {size: 1, labels: {a: [b]}}}"),
                "/spec/labels/a");
        List<String> port = check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {size: 1, port: [8080]}}");
        assertTrue(!port.isEmpty() && port.stream().allMatch(f -> f.contains("/spec/port")), port.toString());
    }

    @Test
    void coreSchemasOfTheKubeconformFormAreClosedToo() {
        assertEquals(List.of(), check("{apiVersion: v1, kind: ConfigMap, metadata: {name: c, labels: {a: b}}, data: {K: v}}"));
        Findings.one(check("{apiVersion: v1, kind: ConfigMap, metadata: {name: c, lables: {a: b}}}"), "ConfigMap c", "/metadata:", "lables");
        Findings.one(check("{apiVersion: v1, kind: ConfigMap, metadata: {name: c}, data: {K: [v]}}"), "/data/K");
    }

    @Test
    void customResourcesGetTheCoreObjectMeta() {
        Findings.one(check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w, lables: {a: b}}, spec: {size: 1}}"),
                "Widget w", "/metadata:", "lables");
    }

    @Test
    void coreKindsFromTheKubernetesModelAreClosed() {
        SchemaCatalog core = new SchemaCatalog();
        CoreSchemas.all().forEach(core::addCore);
        ManifestValidator kubernetes = new ManifestValidator(core);
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d, labels: {app: d}}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: d}}
                  template:
                    metadata: {labels: {app: d}}
                    spec:
                      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
                      containers:
                        - name: c
                          image: i
                          ports: [{name: http, containerPort: 8080}]
                          resources: {requests: {cpu: 250m, memory: 384Mi}, limits: {memory: 1}}
                          readinessProbe: {httpGet: {path: /, port: http}}
                          livenessProbe: {tcpSocket: {port: 8080}}
                """;
        assertEquals(List.of(), kubernetes.validate(Manifests.parse(deployment).getFirst()));
        Findings.one(kubernetes.validate(Manifests.parse(deployment.replace("replicas: 2", "replicas: two")).getFirst()),
                "Deployment d", "/spec/replicas");
        Findings.one(kubernetes.validate(Manifests.parse(deployment.replace("image: i", "image: i\n          imagePullPolicyy: Always")).getFirst()),
                "Deployment d", "/spec/template/spec/containers/0:", "imagePullPolicyy");
        List<String> port = kubernetes.validate(Manifests.parse(deployment.replace("port: http}}", "port: [http]}}")).getFirst());
        assertTrue(!port.isEmpty() && port.stream().allMatch(f -> f.contains("/readinessProbe/httpGet/port")), port.toString());
        Findings.one(kubernetes.validate(Manifests.parse("{apiVersion: apps/v1, kind: StatefulSet, metadata: {name: s}}").getFirst()),
                "no pinned schema for apps/v1 StatefulSet");
    }

    @Test
    void aMissingRequiredFieldFails() {
        Findings.one(check("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, spec: {}}"), "Widget w", "size");
    }

    @Test
    void anUnknownKindOrVersionFails() {
        Findings.one(check("{apiVersion: example.io/v1, kind: Gadget, metadata: {name: g}}"), "Gadget g", "no pinned schema");
        Findings.one(check("{apiVersion: example.io/v1beta2, kind: Widget, metadata: {name: w}, spec: {size: 1}}"),
                "no pinned schema for example.io/v1beta2 Widget");
    }
}
